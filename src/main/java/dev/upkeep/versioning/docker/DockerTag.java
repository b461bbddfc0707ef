package dev.upkeep.versioning.docker;

import static java.util.Objects.requireNonNull;

import dev.upkeep.versioning.InvalidVersionException;
import dev.upkeep.versioning.Version;
import java.util.Arrays;

/**
 * A container image tag read the way Renovate's {@code docker} versioning reads it: an optional
 * {@code v}, a numeric release ({@code 3.12}), an optional pre-release label glued to it
 * ({@code 3.13.0b1}), and after the first {@code -} a suffix naming the variant
 * ({@code slim-bookworm}, {@code alpine3.20}). Tags of one family (same suffix) compare by release;
 * the base operating system is read out of the variant.
 *
 * @param text the tag as written
 * @param kind VERSION for tags Renovate orders; LATEST, DIGEST or OTHER ({@code stable}, a commit
 *     hash, {@code bookworm}) otherwise
 * @param version the part before the first {@code -} ({@code 3.13.0b1}), null unless VERSION
 * @param prerelease the label after the release numbers ({@code b1}), "" when none
 * @param suffix the variant after the first {@code -} ({@code slim-bookworm}), "" when none
 * @param os the base operating system ({@code debian}, {@code alpine}, {@code ubuntu},
 *     {@code windows}, ...), null when the tag does not say
 * @param osVersion its version or code name ({@code bookworm}, {@code 3.20}), null when not given
 */
public record DockerTag(String text, Kind kind, String version, String prerelease, String suffix, String os,
        String osVersion) implements Version {

    /** What a tag is. */
    public enum Kind { VERSION, LATEST, DIGEST, OTHER }

    static final String SCHEME = "docker";

    public DockerTag {
        requireNonNull(text, "text is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(prerelease, "prerelease is null");
        requireNonNull(suffix, "suffix is null");
        if ((kind == Kind.VERSION) != (version != null)) {
            throw new IllegalArgumentException("a " + kind + " tag " + (version == null ? "needs" : "has no")
                    + " version: '" + text + "'");
        }
    }

    /**
     * Reads any tag (or an image digest such as {@code sha256:…}); throws
     * {@link InvalidVersionException} for text that is neither.
     */
    public static DockerTag parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidVersionException(SCHEME, String.valueOf(text), "no tag given");
        }
        if (isDigest(text)) {
            return new DockerTag(text, Kind.DIGEST, null, "", "", null, null);
        }
        if (!isTag(text)) {
            throw new InvalidVersionException(SCHEME, text,
                    "a tag is 1 to 128 of A-Z a-z 0-9 _ . - and cannot start with . or -");
        }
        if (text.equals("latest")) {
            return new DockerTag(text, Kind.LATEST, null, "", "", null, null);
        }
        String body = text.startsWith("v") ? text.substring(1) : text;
        int dash = body.indexOf('-');
        String prefix = dash < 0 ? body : body.substring(0, dash);
        int releaseEnd = releaseEnd(prefix);
        if (isCommitHash(text) || releaseEnd < 0 || parseRelease(prefix, releaseEnd) == null) {
            OperatingSystems.Os os = OperatingSystems.of(text);
            return new DockerTag(text, Kind.OTHER, null, "", "", os.name(), os.version());
        }
        String suffix = dash < 0 ? "" : body.substring(dash + 1);
        OperatingSystems.Os os = OperatingSystems.of(suffix);
        int textDash = text.indexOf('-');
        return new DockerTag(text, Kind.VERSION, textDash < 0 ? text : text.substring(0, textDash),
                prefix.substring(releaseEnd), suffix, os.name(), os.version());
    }

    private static boolean isDigest(String s) {
        String d = s.startsWith("@") ? s.substring(1) : s;
        int hex = d.startsWith("sha256:") ? 64 : d.startsWith("sha512:") ? 128 : -1;
        return hex > 0 && d.length() == 7 + hex && d.substring(7).chars().allMatch(c -> isHex((char) c));
    }

    private static boolean isTag(String s) {
        if (s.length() > 128 || s.charAt(0) == '.' || s.charAt(0) == '-') {
            return false;
        }
        return s.chars().allMatch(c -> isWord((char) c) || c == '.' || c == '-');
    }

    /** Renovate skips 7 to 40 lower-case hex digits that are not all digits: a commit hash. */
    private static boolean isCommitHash(String s) {
        return s.length() >= 7 && s.length() <= 40 && s.chars().allMatch(c -> isHex((char) c))
                && !s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Where {@code N(.N)*} ends when the rest is word characters only (the label), else -1. */
    private static int releaseEnd(String prefix) {
        int i = 0;
        while (true) {
            int start = i;
            while (i < prefix.length() && isDigit(prefix.charAt(i))) {
                i++;
            }
            if (i == start) {
                return -1;
            }
            if (i + 1 < prefix.length() && prefix.charAt(i) == '.' && isDigit(prefix.charAt(i + 1))) {
                i++;
                continue;
            }
            for (int j = i; j < prefix.length(); j++) {
                if (!isWord(prefix.charAt(j))) {
                    return -1;
                }
            }
            return i;
        }
    }

    /** The release numbers of {@code prefix[0, end)}, null when one does not fit in a long. */
    private static long[] parseRelease(String prefix, int end) {
        String[] parts = prefix.substring(0, end).split("\\.");
        long[] out = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Long.parseLong(parts[i]);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return out;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f');
    }

    private static boolean isWord(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    /** The release numbers ({@code [3, 12]} for {@code 3.12-slim}); empty unless VERSION. */
    @Override
    public long[] release() {
        if (kind != Kind.VERSION) {
            return new long[0];
        }
        String v = version.startsWith("v") ? version.substring(1) : version;
        return parseRelease(v, releaseEnd(v));
    }

    /** True for a labelled release ({@code 3.13.0b1}) and for tags that are not versions. */
    @Override
    public boolean isPrerelease() {
        return kind != Kind.VERSION || !prerelease.isEmpty();
    }

    /** Same variant: {@code 3.14-slim-bookworm} and {@code 3.13-slim-bookworm}, not {@code 3.14-alpine}. */
    public boolean sameFamily(DockerTag other) {
        return kind == Kind.VERSION && other.kind == Kind.VERSION && suffix.equals(other.suffix);
    }

    /** Renovate's {@code isCompatible}: same variant and as many release numbers ({@code 12.14} moves to {@code 12.15}). */
    public boolean isCompatibleWith(DockerTag current) {
        return sameFamily(current) && release().length == current.release().length;
    }

    /**
     * Renovate's order: release numbers, where a shorter release is the newer ({@code 3.14} floats
     * above {@code 3.14.1}); then no label above any label, labels by collation; then suffixes in
     * reverse collation (no suffix highest). Tags that are not versions sort below all versions,
     * by kind and then text.
     */
    @Override
    public int compareTo(Version other) {
        DockerTag o = (DockerTag) other;
        if (kind != Kind.VERSION || o.kind != Kind.VERSION) {
            if (kind != o.kind) {
                return kind == Kind.VERSION ? 1 : o.kind == Kind.VERSION ? -1 : kind.compareTo(o.kind);
            }
            return text.compareTo(o.text);
        }
        long[] a = release();
        long[] b = o.release();
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            if (i >= a.length || i >= b.length) {
                return i >= a.length ? 1 : -1;
            }
            if (a[i] != b[i]) {
                return Long.compare(a[i], b[i]);
            }
        }
        if (!prerelease.equals(o.prerelease)) {
            if (prerelease.isEmpty() || o.prerelease.isEmpty()) {
                return prerelease.isEmpty() ? 1 : -1;
            }
            return TagCollation.compare(prerelease, o.prerelease);
        }
        return TagCollation.compare(o.suffix, suffix);
    }

    /** Consistent with {@link #compareTo}: {@code v18.04} equals {@code 18.4}. */
    @Override
    public boolean equals(Object o) {
        return o instanceof DockerTag t && compareTo(t) == 0;
    }

    @Override
    public int hashCode() {
        return kind == Kind.VERSION ? 31 * (31 * Arrays.hashCode(release()) + prerelease.hashCode()) + suffix.hashCode()
                : text.hashCode();
    }
}
