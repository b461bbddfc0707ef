package dev.upkeep.inventory.container;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An operating system release named by a word of an image tag: {@code alpine3.20} is Alpine 3.20,
 * {@code bookworm} is Debian 12, {@code jammy} is Ubuntu 22.04. A word that names the system but
 * not its release ({@code alpine}; {@code slim}, which is Debian) has a null version.
 *
 * @param name {@code alpine}, {@code debian}, {@code ubuntu} or {@code oraclelinux}
 * @param version the release, or null
 * @param word the tag word it was read from
 */
public record OsRelease(String name, String version, String word) {
    private static final Map<String, String> DEBIAN = Map.of(
            "jessie", "8", "stretch", "9", "buster", "10", "bullseye", "11", "bookworm", "12",
            "trixie", "13", "forky", "14");
    private static final Map<String, String> UBUNTU = Map.of(
            "xenial", "16.04", "bionic", "18.04", "focal", "20.04", "jammy", "22.04", "noble", "24.04",
            "oracular", "24.10", "plucky", "25.04", "questing", "25.10");
    private static final Pattern ALPINE = Pattern.compile("alpine(\\d+(?:\\.\\d+)*)?");
    private static final Pattern ORACLE = Pattern.compile("oracle(?:linux(\\d+))?");

    /** The release a tag word names; {@code slim} alone is not read here (see {@link ImageTag}). */
    public static Optional<OsRelease> fromWord(String word) {
        Matcher alpine = ALPINE.matcher(word);
        if (alpine.matches()) {
            return Optional.of(new OsRelease("alpine", alpine.group(1), word));
        }
        if (DEBIAN.containsKey(word)) {
            return Optional.of(new OsRelease("debian", DEBIAN.get(word), word));
        }
        if (UBUNTU.containsKey(word)) {
            return Optional.of(new OsRelease("ubuntu", UBUNTU.get(word), word));
        }
        Matcher oracle = ORACLE.matcher(word);
        if (oracle.matches()) {
            return Optional.of(new OsRelease("oraclelinux", oracle.group(1), word));
        }
        return Optional.empty();
    }

    /** A Debian or Ubuntu codename's release number, or null. */
    static String codename(String word) {
        String debian = DEBIAN.get(word);
        return debian != null ? debian : UBUNTU.get(word);
    }
}
