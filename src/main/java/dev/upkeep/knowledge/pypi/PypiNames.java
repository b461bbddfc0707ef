package dev.upkeep.knowledge.pypi;

import java.util.List;
import java.util.Locale;

/** PEP 503 name normalisation and the version inside a distribution's file name. */
final class PypiNames {
    private static final List<String> SDIST = List.of(".tar.gz", ".tar.bz2", ".tar.xz", ".tgz", ".tar", ".zip");
    private static final List<String> BUILT = List.of(".whl", ".egg");

    private PypiNames() {}

    /** {@code Foo.Bar_baz} → {@code foo-bar-baz}. */
    static String normalize(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
    }

    /**
     * The version in {@code requests-2.31.0.tar.gz} or {@code requests-2.31.0-py3-none-any.whl}, or
     * null for a file type upkeep does not know. The project part is found by its normalised name
     * ({@code python_dateutil-2.8.2.tar.gz}, {@code Django-4.2.tar.gz}); when it does not match,
     * the version is taken after the last {@code -} (sdist) or the first (wheel, egg).
     */
    static String version(String filename, String project) {
        String lower = filename.toLowerCase(Locale.ROOT);
        String ext = SDIST.stream().filter(lower::endsWith).findFirst().orElse(null);
        boolean built = ext == null;
        if (built) {
            ext = BUILT.stream().filter(lower::endsWith).findFirst().orElse(null);
            if (ext == null) {
                return null;
            }
        }
        String stem = filename.substring(0, filename.length() - ext.length());
        String wanted = normalize(project);
        String rest = null;
        for (int i = stem.indexOf('-'); i > 0; i = stem.indexOf('-', i + 1)) {
            if (normalize(stem.substring(0, i)).equals(wanted)) {
                rest = stem.substring(i + 1);
                break;
            }
        }
        if (rest == null) {
            int cut = built ? stem.indexOf('-') : stem.lastIndexOf('-');
            if (cut < 0) {
                return null;
            }
            rest = stem.substring(cut + 1);
        }
        if (built && rest.indexOf('-') >= 0) {
            rest = rest.substring(0, rest.indexOf('-'));
        }
        return rest.isEmpty() ? null : rest;
    }
}
