package dev.upkeep.versioning.docker;

import java.util.Locale;
import java.util.Set;

/**
 * Reads the base operating system out of a tag's variant, the way official images name them:
 * {@code alpine3.20}, a Debian or Ubuntu code name ({@code bookworm}, {@code jammy}),
 * {@code ubi9}, {@code al2023}, {@code windowsservercore-ltsc2022}; a bare {@code slim} is Debian.
 */
final class OperatingSystems {
    /** The operating system and its version (either may be null). */
    record Os(String name, String version) {}

    private static final Set<String> DEBIAN = Set.of("wheezy", "jessie", "stretch", "buster", "bullseye", "bookworm",
            "trixie", "forky", "duke", "sid");
    private static final Set<String> UBUNTU = Set.of("trusty", "xenial", "bionic", "focal", "jammy", "kinetic",
            "lunar", "mantic", "noble", "oracular", "plucky", "questing");
    /** Names that carry their version as a numeric tail ({@code alpine3.20}, {@code ubuntu22.04}). */
    private static final String[] NUMBERED = {"alpine", "ubuntu", "debian", "ubi", "oraclelinux", "rockylinux",
            "almalinux", "centos", "fedora", "amazonlinux"};
    private static final Os NONE = new Os(null, null);

    private OperatingSystems() {}

    /** The first operating system named by the {@code -}-separated parts of {@code variant}. */
    static Os of(String variant) {
        String[] parts = variant.toLowerCase(Locale.ROOT).split("-", -1);
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (DEBIAN.contains(p)) {
                return new Os("debian", p);
            }
            if (UBUNTU.contains(p)) {
                return new Os("ubuntu", p);
            }
            if (p.equals("windowsservercore") || p.equals("nanoserver")) {
                return new Os("windows", i + 1 < parts.length ? parts[i + 1] : null);
            }
            if (p.startsWith("al") && p.length() > 2 && isVersion(p.substring(2))) {
                return new Os("amazonlinux", p.substring(2));
            }
            for (String name : NUMBERED) {
                if (p.startsWith(name) && (p.length() == name.length() || isVersion(p.substring(name.length())))) {
                    return new Os(name, p.length() == name.length() ? null : p.substring(name.length()));
                }
            }
        }
        for (String p : parts) {
            if (p.equals("slim")) {
                return new Os("debian", null);
            }
        }
        return NONE;
    }

    private static boolean isVersion(String s) {
        if (s.isEmpty() || !Character.isDigit(s.charAt(0)) || !Character.isDigit(s.charAt(s.length() - 1))) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.') {
                return false;
            }
        }
        return true;
    }
}
