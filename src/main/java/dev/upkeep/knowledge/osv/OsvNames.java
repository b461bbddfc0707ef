package dev.upkeep.knowledge.osv;

import dev.upkeep.domain.Component;
import java.util.Locale;
import java.util.Optional;

/** How a component is named in OSV: its ecosystem label and a lookup key for its package name. */
public final class OsvNames {
    /** An OSV package reference. */
    public record Ref(String ecosystem, String name) {
        /** The index key: case-folded, and PEP 503-normalised for PyPI. */
        public String key() {
            return OsvNames.key(ecosystem, name);
        }
    }

    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[-_.]+");

    private OsvNames() {}

    /** The OSV package for a component, or empty for kinds OSV does not cover (images, runtimes). */
    public static Optional<Ref> of(Component c) {
        return switch (c.ecosystem()) {
            case NPM -> Optional.of(new Ref("npm", c.name()));
            case PYPI -> Optional.of(new Ref("PyPI", c.name()));
            case MAVEN -> Optional.of(new Ref("Maven", c.name()));
            case GITHUB_ACTIONS -> Optional.of(new Ref("GitHub Actions", c.name()));
            default -> Optional.empty();
        };
    }

    /** {@code Alpine:v3.20} → {@code Alpine}; {@code Debian:12} → {@code Debian}. */
    public static String ecosystemFamily(String ecosystem) {
        int colon = ecosystem.indexOf(':');
        return colon < 0 ? ecosystem : ecosystem.substring(0, colon);
    }

    /**
     * The lookup key of a package name. npm names are case-folded because some advisory records
     * spell a package with capitals the registry does not have ("Axios" for axios).
     */
    public static String key(String ecosystem, String name) {
        String family = ecosystemFamily(ecosystem);
        String n = name.toLowerCase(Locale.ROOT);
        if (family.equals("PyPI")) {
            n = SEPARATORS.matcher(n).replaceAll("-");
        }
        return family + "\t" + n;
    }
}
