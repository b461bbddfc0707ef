package dev.upkeep.versioning.npm;

/**
 * Reads node-semver's version grammar by hand (strict: {@code v?1.2.3-pre+build}; loose:
 * {@code [v=\s]*1.2.3pre+build}, leading zeros allowed). Hand-written rather than a regex because
 * this is the hot path of {@code satisfies(String, String)} and of every release list we sort;
 * the rules replicate node's anchored regex exactly, including its backtracking (see
 * {@link #tail}).
 */
final class SemVerParser {
    static final int MAX_LENGTH = 256;
    /** node's "safe" regex bounds: digit runs and identifier tails are capped. */
    private static final int MAX_DIGITS = 256;
    private static final int MAX_IDENT = 250;

    /** The pieces of a syntactically valid version; numbers are still digit strings. */
    record Scan(String major, String minor, String patch, String pre, String build) {}

    private SemVerParser() {}

    /** The pieces of {@code s} (already trimmed), or null when it is not a version. */
    static Scan scan(String s, boolean loose) {
        int n = s.length();
        int i = 0;
        if (loose) {
            while (i < n && (s.charAt(i) == 'v' || s.charAt(i) == '=' || JsText.isSpace(s.charAt(i)))) {
                i++;
            }
        } else if (i < n && s.charAt(i) == 'v') {
            i++;
        }
        int end = digits(s, i);
        if (!number(s, i, end, loose) || end >= n || s.charAt(end) != '.') {
            return null;
        }
        String major = s.substring(i, end);
        i = end + 1;
        end = digits(s, i);
        if (!number(s, i, end, loose) || end >= n || s.charAt(end) != '.') {
            return null;
        }
        String minor = s.substring(i, end);
        i = end + 1;
        end = digits(s, i);
        if (!number(s, i, end, loose)) {
            return null;
        }
        String patch = s.substring(i, end);
        String rest = s.substring(end);
        String[] tail = tail(rest, loose);
        if (tail == null && loose && rest.startsWith(".") && patch.length() > 1) {
            // The loose regex backtracks into the patch digits: "1.2.34.5" reads as 1.2.3-4.5.
            tail = tail(patch.charAt(patch.length() - 1) + rest, true);
            patch = patch.substring(0, patch.length() - 1);
        }
        return tail == null ? null : new Scan(major, minor, patch, tail[0], tail[1]);
    }

    /**
     * What follows the patch number: {@code [-]pre} (the hyphen optional when loose, where a
     * leading hyphen that cannot start identifiers is itself one) and {@code +build}; null when
     * it is neither. Returns {pre or null, build or null}.
     */
    private static String[] tail(String rest, boolean loose) {
        int plus = rest.indexOf('+');
        String p = plus < 0 ? rest : rest.substring(0, plus);
        String build = plus < 0 ? null : rest.substring(plus + 1);
        if (build != null && !build(build)) {
            return null;
        }
        String pre = null;
        if (!p.isEmpty()) {
            if (p.charAt(0) == '-' && identifiers(p.substring(1), loose)) {
                pre = p.substring(1);
            } else if (loose && identifiers(p, true)) {
                pre = p;
            } else {
                return null;
            }
        }
        return new String[] {pre, build};
    }

    private static int digits(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /** A main version number: digits, without a leading zero unless loose. */
    private static boolean number(String s, int from, int end, boolean loose) {
        int len = end - from;
        return len > 0 && len <= MAX_DIGITS && (loose || len == 1 || s.charAt(from) != '0');
    }

    /** Dot-separated pre-release identifiers; strict ones forbid numeric leading zeros. */
    static boolean identifiers(String s, boolean loose) {
        if (s.isEmpty()) {
            return false;
        }
        int start = 0;
        while (true) {
            int dot = s.indexOf('.', start);
            int end = dot < 0 ? s.length() : dot;
            if (!identifier(s, start, end, loose)) {
                return false;
            }
            if (dot < 0) {
                return true;
            }
            start = dot + 1;
        }
    }

    private static boolean identifier(String s, int from, int end, boolean loose) {
        if (end == from) {
            return false;
        }
        int firstNonDigit = -1;
        for (int i = from; i < end; i++) {
            char c = s.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (!digit && !isLetterOrHyphen(c)) {
                return false;
            }
            if (!digit && firstNonDigit < 0) {
                firstNonDigit = i;
            }
        }
        if (firstNonDigit >= 0) {
            return firstNonDigit - from <= MAX_DIGITS && end - firstNonDigit - 1 <= MAX_IDENT;
        }
        int len = end - from;
        return len <= MAX_DIGITS && (loose || len == 1 || s.charAt(from) != '0');
    }

    static boolean build(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int start = 0;
        while (true) {
            int dot = s.indexOf('.', start);
            int end = dot < 0 ? s.length() : dot;
            if (end == start || end - start > MAX_IDENT) {
                return false;
            }
            for (int i = start; i < end; i++) {
                char c = s.charAt(i);
                if (!(c >= '0' && c <= '9') && !isLetterOrHyphen(c)) {
                    return false;
                }
            }
            if (dot < 0) {
                return true;
            }
            start = dot + 1;
        }
    }

    static boolean isLetterOrHyphen(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
    }
}
