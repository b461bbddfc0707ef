package dev.upkeep.inventory.python.requirements;

import dev.upkeep.domain.SkipReason;
import dev.upkeep.inventory.python.DirectReferences;
import dev.upkeep.inventory.python.PypiNames;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A requirement given as a URL or a path rather than a PEP 508 string ({@code ./libs/foo},
 * {@code git+https://host/org/repo.git@v1#egg=repo}, {@code https://host/foo-1.0.tar.gz}). pip learns
 * the name by building the package; upkeep takes it from the {@code #egg=} fragment, else from the
 * archive's file name, or from the last segment of a folder or repository (never of a web page).
 *
 * @param name the project name, or empty when none can be told
 * @param reference the URL or path as written
 * @param projectItself whether it names the folder of the file itself ({@code .}): the project, not a dependency
 */
record DirectLine(Optional<String> name, String reference, boolean projectItself) {
    private static final Pattern EGG = Pattern.compile("[#&]egg=([^&\\[]+)");
    private static final Pattern EXTRAS = Pattern.compile("\\[[^\\]]*\\]$");
    private static final Pattern ARCHIVE = Pattern.compile("(?i)\\.(whl|tar\\.gz|tgz|tar\\.bz2|tar\\.xz|zip|tar)$");
    private static final Pattern SDIST_VERSION = Pattern.compile("-\\d.*$");

    /** Whether a requirement line is a URL or a path rather than a PEP 508 string. */
    static boolean looksLikeUrlOrPath(String text) {
        return DirectReferences.hasScheme(text) || text.startsWith(".") || text.startsWith("/") || text.startsWith("~")
                || text.contains("/") && ARCHIVE.matcher(text.split("[;#?\\s]")[0]).find();
    }

    static DirectLine of(String text) {
        String ref = text.strip();
        // pip: for URLs a marker follows "; ", for paths any ";"
        int semi = DirectReferences.hasScheme(ref) ? ref.indexOf("; ") : ref.indexOf(';');
        if (semi >= 0) {
            ref = ref.substring(0, semi).strip();
        }
        ref = EXTRAS.matcher(ref).replaceFirst("");
        Matcher egg = EGG.matcher(ref);
        if (egg.find()) {
            return new DirectLine(valid(egg.group(1)), ref, false);
        }
        String path = ref.replaceFirst("[#?].*$", "");
        String trimmed = path.replaceFirst("/+$", "");
        if (trimmed.isEmpty() || trimmed.equals(".") || trimmed.equals("file:.")) {
            return new DirectLine(Optional.empty(), ref, true);
        }
        String last = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        if (DirectReferences.hasScheme(path) && !path.startsWith("file:")) {
            int at = last.indexOf('@');
            last = at > 0 ? last.substring(0, at) : last; // repo.git@v1.0: the ref is not part of the name
        }
        last = last.replaceFirst("(?i)\\.git$", "");
        Matcher archive = ARCHIVE.matcher(last);
        if (archive.find()) {
            String stem = last.substring(0, archive.start());
            boolean wheel = archive.group(1).toLowerCase(Locale.ROOT).equals("whl");
            return new DirectLine(valid(wheel ? stem.split("-")[0] : SDIST_VERSION.matcher(stem).replaceFirst("")), ref, false);
        }
        // a folder or a repository is named after its last segment; a web page says nothing of what it serves
        boolean web = DirectReferences.hasScheme(path) && !path.startsWith("file:") && DirectReferences.skipReason(path) != SkipReason.GIT;
        return new DirectLine(web ? Optional.empty() : valid(last), ref, false);
    }

    private static Optional<String> valid(String name) {
        String n = name.strip();
        return PypiNames.isValid(n) ? Optional.of(n) : Optional.empty();
    }
}
