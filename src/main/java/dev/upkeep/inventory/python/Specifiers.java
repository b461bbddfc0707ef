package dev.upkeep.inventory.python;

import java.util.Optional;

/** Reads PEP 440 version specifiers as far as extraction needs: is it an exact pin, and to what. */
public final class Specifiers {
    private Specifiers() {}

    /**
     * The version an exact specifier pins: {@code ==V} without a wildcard, or {@code ===V}. Empty for
     * ranges, several clauses, wildcards ({@code ==1.*}) and versions built from variables
     * ({@code ==${VERSION}}).
     */
    public static Optional<String> pinnedVersion(String specifier) {
        String s = specifier.strip();
        if (s.isEmpty() || s.contains(",") || s.contains("${")) {
            return Optional.empty();
        }
        String version;
        if (s.startsWith("===")) {
            version = s.substring(3).strip();
        } else if (s.startsWith("==")) {
            version = s.substring(2).strip();
            if (version.contains("*")) {
                return Optional.empty();
            }
        } else {
            return Optional.empty();
        }
        return version.isEmpty() ? Optional.empty() : Optional.of(version);
    }

    /** Whether the specifier names a version through an environment variable ({@code ${VAR}}). */
    public static boolean usesVariable(String specifier) {
        return specifier.contains("${");
    }
}
