package dev.upkeep.inventory.container;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the tag of an official image says, read by the Docker Official Images naming habit
 * {@code <release>[-<variant words>]}: {@code 3.12-slim-bookworm} is release 3.12 on Debian 12
 * (slim), {@code 20-alpine3.20} is release 20 on Alpine 3.20, {@code 7-alpine} is release 7 on an
 * Alpine release the tag does not say, {@code latest} is no release and no system.
 *
 * @param release the first word when it is not a system word: a version ({@code 16.4}, with a
 *     pre-release word joined: {@code 3.14-rc}) or an alias ({@code lts}, {@code latest}); or null
 * @param variant the words after the release ({@code slim-bookworm}), or null
 * @param os the system the words name, if any
 */
public record ImageTag(String release, String variant, Optional<OsRelease> os) {
    private static final Pattern VERSION = Pattern.compile("v?\\d+(?:\\.\\d+)*+[a-z]*\\d*");
    private static final Set<String> PRE_RELEASE = Set.of("rc", "beta", "alpha", "dev", "preview");

    public static ImageTag read(String tag) {
        List<String> words = new ArrayList<>(Arrays.asList(tag.split("-")));
        String release = null;
        if (!isSystemWord(words.get(0))) {
            release = words.remove(0);
            if (VERSION.matcher(release).matches() && !words.isEmpty()
                    && PRE_RELEASE.contains(words.get(0).replaceAll("\\d+$", ""))) {
                release = release + "-" + words.remove(0);
            }
        }
        String variant = words.isEmpty() ? null : String.join("-", words);
        return new ImageTag(release, variant, os(words));
    }

    /** Whether the release is a version rather than an alias. */
    public boolean versioned() {
        return release != null && VERSION.matcher(release.replaceFirst("-.*", "")).matches();
    }

    private static Optional<OsRelease> os(List<String> words) {
        for (String word : words) {
            Optional<OsRelease> os = OsRelease.fromWord(word);
            if (os.isPresent()) {
                return os;
            }
        }
        return words.contains("slim") ? Optional.of(new OsRelease("debian", null, "slim")) : Optional.empty();
    }

    private static boolean isSystemWord(String word) {
        return word.equals("slim") || OsRelease.fromWord(word).isPresent();
    }
}
