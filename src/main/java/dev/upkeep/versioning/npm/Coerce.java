package dev.upkeep.versioning.npm;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * node-semver's {@code coerce}: the first (or, right to left, the last) run of up to three
 * dot-separated numbers of at most 16 digits in any text, optionally with its pre-release and
 * build. Defined by a backtracking pattern, so a pattern it is (a one-off call, not a hot path).
 */
final class Coerce {
    private static final String PLAIN = "(^|[^\\d])(\\d{1,16})(?:\\.(\\d{1,16}))?(?:\\.(\\d{1,16}))?";
    private static final String ID = "(?:\\d{0,256}[a-zA-Z-][a-zA-Z0-9-]{0,250}|0|[1-9]\\d{0,256})";
    private static final String BUILD_ID = "[a-zA-Z0-9-]{1,250}";
    private static final String END = "(?:\\z|[^\\d])";
    private static final Pattern SHORT = Pattern.compile(PLAIN + END);
    private static final Pattern FULL = Pattern.compile(PLAIN + "(?:-(" + ID + "(?:\\." + ID + ")*))?"
            + "(?:\\+(" + BUILD_ID + "(?:\\." + BUILD_ID + ")*))?" + END);

    private Coerce() {}

    static SemVer coerce(String text, boolean includePrerelease, boolean rtl, boolean loose) {
        Matcher m = (includePrerelease ? FULL : SHORT).matcher(text);
        MatchResult match = rtl ? rightmost(m, text.length()) : m.find() ? new MatchResult(m) : null;
        if (match == null) {
            return null;
        }
        String version = match.major + "." + (match.minor == null ? "0" : match.minor) + "."
                + (match.patch == null ? "0" : match.patch)
                + (includePrerelease && match.pre != null ? "-" + match.pre : "")
                + (includePrerelease && match.build != null ? "+" + match.build : "");
        return SemVer.tryParse(version, loose);
    }

    /**
     * The right-most coercible text that does not end where a more left-ward one ends
     * ({@code 1.2.3.4} gives {@code 2.3.4}); matches may overlap, so the search restarts just
     * after each match's first number.
     */
    private static MatchResult rightmost(Matcher m, int length) {
        MatchResult match = null;
        int from = 0;
        while (m.find(from) && (match == null || match.end != length)) {
            MatchResult next = new MatchResult(m);
            if (match == null || next.end != match.end) {
                match = next;
            }
            from = next.start + next.prefixLength + next.major.length();
        }
        return match;
    }

    private static final class MatchResult {
        final int start;
        final int end;
        final int prefixLength;
        final String major;
        final String minor;
        final String patch;
        final String pre;
        final String build;

        MatchResult(Matcher m) {
            start = m.start();
            end = m.end();
            prefixLength = m.group(1).length();
            major = m.group(2);
            minor = m.group(3);
            patch = m.group(4);
            pre = m.groupCount() >= 5 ? m.group(5) : null;
            build = m.groupCount() >= 6 ? m.group(6) : null;
        }
    }
}
