package dev.upkeep.versioning.pep440;

import dev.upkeep.versioning.InvalidVersionException;
import java.util.Locale;

/**
 * Scans the PEP 440 version grammar by hand, with the same greedy, non-backtracking choices as
 * pypa/packaging's possessive regular expression ({@code v? [N!] N(.N)* [pre] [post] [dev]
 * [+local]}, ASCII only, case-insensitive, surrounding whitespace allowed). Specifiers reuse it
 * with a {@code .*} suffix allowed after the release.
 */
final class Pep440Parser {
    static final String SCHEME = "pep440";
    private static final String[] PRE_WORDS = {"alpha", "a", "beta", "b", "preview", "pre", "c", "rc"};
    private static final int[] PRE_KINDS = {0, 0, 1, 1, 2, 2, 2, 2};
    private static final String[] POST_WORDS = {"post", "rev", "r"};
    private static final String[] DEV_WORDS = {"dev"};

    /** The pieces of a version; -1 marks an absent number, {@code local} is null when absent. */
    record Parts(long epoch, long[] release, int preKind, long preNumber, long post, long dev, String local,
            boolean wildcard) {}

    private final String text;
    private final int end;
    private int pos;

    private Pep440Parser(String text, int start, int end) {
        this.text = text;
        this.pos = start;
        this.end = end;
    }

    /** Parses a whole version, surrounding whitespace allowed; {@code .*} only when {@code allowWildcard}. */
    static Parts parse(String text, boolean allowWildcard) {
        if (text == null) {
            throw new InvalidVersionException(SCHEME, "null", "no version given");
        }
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return new Pep440Parser(text, start, end).version(allowWildcard);
    }

    /** Python's {@code str.isspace()}: what {@code \s} and {@code strip()} treat as whitespace. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    private Parts version(boolean allowWildcard) {
        if (pos < end && (text.charAt(pos) == 'v' || text.charAt(pos) == 'V')) {
            pos++;
        }
        long first = number("a release number");
        long epoch = 0;
        if (pos < end && text.charAt(pos) == '!') {
            pos++;
            epoch = first;
            first = number("a release number after the epoch");
        }
        long[] release = {first};
        int count = 1;
        while (pos + 1 < end && text.charAt(pos) == '.' && isDigit(text.charAt(pos + 1))) {
            pos++;
            if (count == release.length) {
                release = java.util.Arrays.copyOf(release, count * 2);
            }
            release[count++] = number("a release number");
        }
        release = java.util.Arrays.copyOf(release, count);
        if (allowWildcard && pos + 2 == end && text.startsWith(".*", pos)) {
            return new Parts(epoch, release, -1, -1, -1, -1, null, true);
        }
        int preKind = -1;
        long preNumber = -1;
        int save = pos;
        skipSeparator();
        int word = word(PRE_WORDS);
        if (word >= 0) {
            preKind = PRE_KINDS[word];
            skipSeparator();
            preNumber = optionalNumber();
        } else {
            pos = save;
        }
        long post = post();
        long dev = -1;
        save = pos;
        skipSeparator();
        if (word(DEV_WORDS) == 0) {
            skipSeparator();
            dev = optionalNumber();
        } else {
            pos = save;
        }
        String local = null;
        if (pos < end && text.charAt(pos) == '+') {
            pos++;
            local = local();
        }
        if (pos != end) {
            throw fail("unexpected '" + text.charAt(pos) + "' at position " + pos);
        }
        return new Parts(epoch, release, preKind, preNumber, post, dev, local, false);
    }

    private long post() {
        int save = pos;
        if (pos + 1 < end && text.charAt(pos) == '-' && isDigit(text.charAt(pos + 1))) {
            pos++;
            return number("a post-release number");
        }
        skipSeparator();
        if (word(POST_WORDS) >= 0) {
            skipSeparator();
            return optionalNumber();
        }
        pos = save;
        return -1;
    }

    private String local() {
        int start = pos;
        while (true) {
            int segment = pos;
            while (pos < end && isAlnum(text.charAt(pos))) {
                pos++;
            }
            if (pos == segment) {
                throw fail("empty local version segment at position " + pos);
            }
            if (pos + 1 < end && isSeparator(text.charAt(pos)) && isAlnum(text.charAt(pos + 1))) {
                pos++;
                continue;
            }
            return text.substring(start, pos).toLowerCase(Locale.ROOT);
        }
    }

    /** The index of the first of {@code words} at the current position (ASCII case-insensitive), or -1. */
    private int word(String[] words) {
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (pos + w.length() <= end && text.regionMatches(true, pos, w, 0, w.length()) && isAscii(w.length())) {
                pos += w.length();
                return i;
            }
        }
        return -1;
    }

    private boolean isAscii(int length) {
        for (int i = pos; i < pos + length; i++) {
            if (text.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    private void skipSeparator() {
        if (pos < end && isSeparator(text.charAt(pos))) {
            pos++;
        }
    }

    private long optionalNumber() {
        return pos < end && isDigit(text.charAt(pos)) ? number("a number") : 0;
    }

    private long number(String what) {
        int start = pos;
        long value = 0;
        while (pos < end && isDigit(text.charAt(pos))) {
            int digit = text.charAt(pos) - '0';
            if (value > (Long.MAX_VALUE - digit) / 10) {
                throw fail("number at position " + start + " is too large");
            }
            value = value * 10 + digit;
            pos++;
        }
        if (pos == start) {
            throw fail("expected " + what + " at position " + start);
        }
        return value;
    }

    private InvalidVersionException fail(String reason) {
        return new InvalidVersionException(SCHEME, text, reason);
    }

    /** Python's {@code not s.strip()}. */
    static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSeparator(char c) {
        return c == '.' || c == '_' || c == '-';
    }

    private static boolean isAlnum(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
