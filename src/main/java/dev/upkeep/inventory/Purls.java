package dev.upkeep.inventory;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import dev.upkeep.domain.Ecosystem;

/** Package URLs (purl spec) for components, built by packageurl-java so encoding rules stay exact. */
public final class Purls {
    private Purls() {}

    /**
     * The purl of a component. {@code name} is as the ecosystem writes it: {@code @types/node} for
     * npm, {@code library/postgres} or {@code ghcr.io/org/app} for images, {@code actions/checkout}
     * for actions. {@code version} may be null.
     */
    public static String of(Ecosystem ecosystem, String name, String version) {
        String namespace = null;
        String simple = name;
        String type = ecosystem.purlType();
        switch (ecosystem) {
            case NPM -> {
                int slash = name.indexOf('/');
                if (name.startsWith("@") && slash > 0) {
                    namespace = name.substring(0, slash);
                    simple = name.substring(slash + 1);
                }
            }
            case PYPI -> simple = name.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            case MAVEN -> {
                int colon = name.indexOf(':');
                if (colon > 0) {
                    namespace = name.substring(0, colon);
                    simple = name.substring(colon + 1);
                }
            }
            case DOCKER, GITHUB_ACTIONS -> {
                int slash = name.lastIndexOf('/');
                if (slash > 0) {
                    namespace = name.substring(0, slash);
                    simple = name.substring(slash + 1);
                }
            }
            default -> { }
        }
        try {
            return new PackageURL(type, namespace, simple, emptyToNull(version), null, null).canonicalize();
        } catch (MalformedPackageURLException e) {
            throw new FormatException("cannot build a package URL for '" + name + "': " + e.getMessage());
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
