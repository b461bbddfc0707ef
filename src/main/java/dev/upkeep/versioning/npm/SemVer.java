package dev.upkeep.versioning.npm;

import dev.upkeep.versioning.InvalidVersionException;
import dev.upkeep.versioning.Version;
import java.util.ArrayList;
import java.util.List;

/**
 * One npm version, ordered as node-semver orders it: major, minor and patch numerically, a
 * pre-release below its release, pre-release identifiers numeric-before-alphanumeric; build
 * metadata is ignored by {@link #compareTo} and compared only by {@link #compareBuild}.
 *
 * <p>Pre-release identifiers are kept in primitive arrays: a numeric identifier below 2^53-1
 * has its value in {@code preNum}; other identifiers have -1 there and their text in
 * {@code preText} (node keeps larger numeric identifiers as strings too, and compares them as
 * doubles; so do we).
 */
public final class SemVer implements Version {
    private static final long[] NO_NUM = {};
    private static final String[] NO_TEXT = {};

    final long major;
    final long minor;
    final long patch;
    final long[] preNum;
    final String[] preText;
    final String[] build;
    private final String version;
    private final String raw;

    SemVer(String raw, long major, long minor, long patch, long[] preNum, String[] preText, String[] build) {
        this.raw = raw;
        this.major = major;
        this.minor = minor;
        this.patch = patch;
        this.preNum = preNum;
        this.preText = preText;
        this.build = build;
        this.version = format(major, minor, patch, preText);
    }

    /** Parses like {@code new SemVer(input, {loose})}; throws naming the input and the reason. */
    public static SemVer parse(String input, boolean loose) {
        if (input.length() > SemVerParser.MAX_LENGTH) {
            throw invalid(input, "is longer than " + SemVerParser.MAX_LENGTH + " characters");
        }
        SemVerParser.Scan s = SemVerParser.scan(JsText.trim(input), loose);
        if (s == null) {
            throw invalid(input, loose ? "is not a version, even loosely" : "is not a version (MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD])");
        }
        long major = number(input, "major", s.major());
        long minor = number(input, "minor", s.minor());
        long patch = number(input, "patch", s.patch());
        long[] preNum = NO_NUM;
        String[] preText = NO_TEXT;
        if (s.pre() != null) {
            preText = s.pre().split("\\.", -1);
            preNum = new long[preText.length];
            for (int i = 0; i < preText.length; i++) {
                long v = JsText.isDigits(preText[i]) ? JsText.safeValue(preText[i]) : -1;
                preNum[i] = v == JsText.MAX_SAFE_INTEGER ? -1 : v;
                if (preNum[i] >= 0) {
                    preText[i] = Long.toString(v);
                }
            }
        }
        String[] build = s.build() == null ? NO_TEXT : s.build().split("\\.", -1);
        return new SemVer(input, major, minor, patch, preNum, preText, build);
    }

    /** Like {@link #parse}, but null when the input is not a version. */
    public static SemVer tryParse(String input, boolean loose) {
        try {
            return parse(input, loose);
        } catch (InvalidVersionException e) {
            return null;
        }
    }

    private static long number(String input, String part, String digits) {
        long v = JsText.safeValue(digits);
        if (v < 0) {
            throw invalid(input, part + " version is larger than " + JsText.MAX_SAFE_INTEGER);
        }
        return v;
    }

    static InvalidVersionException invalid(String input, String reason) {
        return new InvalidVersionException("npm", input, reason);
    }

    static String format(long major, long minor, long patch, String[] pre) {
        StringBuilder sb = new StringBuilder(16).append(major).append('.').append(minor).append('.').append(patch);
        for (int i = 0; i < pre.length; i++) {
            sb.append(i == 0 ? '-' : '.').append(pre[i]);
        }
        return sb.toString();
    }

    /** The normalized version: no prefix, no build metadata ({@code 1.2.3-beta.1}). */
    public String version() {
        return version;
    }

    @Override
    public String text() {
        return raw;
    }

    @Override
    public String toString() {
        return version;
    }

    public long major() {
        return major;
    }

    public long minor() {
        return minor;
    }

    public long patch() {
        return patch;
    }

    /** Pre-release identifiers as node gives them: {@code Long} for numbers below 2^53-1, else {@code String}. */
    public List<Object> prerelease() {
        List<Object> out = new ArrayList<>(preText.length);
        for (int i = 0; i < preText.length; i++) {
            out.add(preNum[i] >= 0 ? (Object) preNum[i] : preText[i]);
        }
        return List.copyOf(out);
    }

    public List<String> build() {
        return List.of(build);
    }

    @Override
    public boolean isPrerelease() {
        return preText.length > 0;
    }

    @Override
    public long[] release() {
        return new long[] {major, minor, patch};
    }

    boolean sameTuple(SemVer o) {
        return major == o.major && minor == o.minor && patch == o.patch;
    }

    @Override
    public int compareTo(Version other) {
        SemVer o = (SemVer) other;
        int c = compareMain(o);
        return c != 0 ? c : comparePre(o);
    }

    int compareMain(SemVer o) {
        if (major != o.major) {
            return major < o.major ? -1 : 1;
        }
        if (minor != o.minor) {
            return minor < o.minor ? -1 : 1;
        }
        return patch == o.patch ? 0 : patch < o.patch ? -1 : 1;
    }

    int comparePre(SemVer o) {
        int n = preText.length;
        int m = o.preText.length;
        if (n == 0 || m == 0) {
            return n == m ? 0 : n == 0 ? 1 : -1;
        }
        for (int i = 0; ; i++) {
            if (i == n || i == m) {
                return n == m ? 0 : i == n ? -1 : 1;
            }
            long a = preNum[i];
            long b = o.preNum[i];
            if (a >= 0 && b >= 0) {
                if (a != b) {
                    return a < b ? -1 : 1;
                }
            } else if (a >= 0 || b >= 0 || !preText[i].equals(o.preText[i])) {
                return Identifiers.compare(preText[i], a >= 0, o.preText[i], b >= 0);
            }
        }
    }

    /** node's {@code compareBuild}: {@link #compareTo}, then the build identifiers. */
    public int compareBuild(SemVer o) {
        int c = compareTo(o);
        if (c != 0) {
            return c;
        }
        for (int i = 0; ; i++) {
            if (i == build.length || i == o.build.length) {
                return build.length == o.build.length ? 0 : i == build.length ? -1 : 1;
            }
            if (!build[i].equals(o.build[i])) {
                return Identifiers.compare(build[i], false, o.build[i], false);
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SemVer s && compareTo(s) == 0;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(major * 31 * 31 + minor * 31 + patch) * 31 + preText.length;
    }

    SemVer withPrerelease(long[] num, String[] text) {
        return new SemVer(format(major, minor, patch, text), major, minor, patch, num, text, NO_TEXT);
    }

    SemVer withMain(long major, long minor, long patch) {
        return new SemVer(format(major, minor, patch, NO_TEXT), major, minor, patch, NO_NUM, NO_TEXT, NO_TEXT);
    }
}
