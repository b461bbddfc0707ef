package dev.upkeep.versioning.npm;

import java.math.BigInteger;

/**
 * The few JavaScript string rules node-semver's behaviour depends on, so that inputs with odd
 * whitespace or huge numbers are treated as node treats them ({@code String.prototype.trim},
 * {@code \s}, {@code Number(...)}).
 */
final class JsText {
    /** {@code Number.MAX_SAFE_INTEGER}. */
    static final long MAX_SAFE_INTEGER = 9007199254740991L;

    /** JavaScript's {@code \s} as the body of a character class. */
    static final String WS = "\\t\\n\\x0B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF";

    private static final BigInteger MAX_SAFE = BigInteger.valueOf(MAX_SAFE_INTEGER);

    private JsText() {}

    static boolean isSpace(char c) {
        return switch (c) {
            case '\t', '\n', '\u000B', '\f', '\r', ' ', '\u00A0', '\u1680', '\u2028', '\u2029', '\u202F', '\u205F',
                    '\u3000', '\uFEFF' -> true;
            default -> c >= '\u2000' && c <= '\u200A';
        };
    }

    static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** {@code s.trim().replace(/\s+/g, ' ')}. */
    static String collapse(String s) {
        String t = trim(s);
        StringBuilder sb = new StringBuilder(t.length());
        boolean inSpace = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (isSpace(c)) {
                if (!inSpace) {
                    sb.append(' ');
                }
                inSpace = true;
            } else {
                sb.append(c);
                inSpace = false;
            }
        }
        return sb.toString();
    }

    static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The value of a digit string if it is at most {@link #MAX_SAFE_INTEGER}, else -1 (node
     * converts with {@code +s}, which loses precision above it).
     */
    static long safeValue(String digits) {
        long v = 0;
        for (int i = 0; i < digits.length(); i++) {
            v = v * 10 + (digits.charAt(i) - '0');
            if (v > MAX_SAFE_INTEGER) {
                return -1;
            }
        }
        return v;
    }

    /**
     * {@code String(+digits + 1)}: exact below 2^53; above, any string that node would also
     * reject (digits below 1e21, exponent notation from 1e21 on).
     */
    static String plusOne(String digits) {
        BigInteger n = new BigInteger(digits).add(BigInteger.ONE);
        if (n.compareTo(MAX_SAFE) <= 0 || Double.parseDouble(digits) + 1 < 1e21) {
            return n.toString();
        }
        return "1e+21";
    }

    /** {@code isNaN(s)} for a string of identifier characters ({@code [0-9A-Za-z-]}). */
    static boolean isNaN(String s) {
        boolean signed = s.startsWith("-") || s.startsWith("+");
        String body = signed ? s.substring(1) : s;
        if (body.equals("Infinity")) {
            return false;
        }
        if (!signed && body.length() > 2 && body.charAt(0) == '0') {
            char radix = Character.toLowerCase(body.charAt(1));
            String rest = body.substring(2);
            if (radix == 'x') {
                return !rest.chars().allMatch(c -> Character.digit(c, 16) >= 0);
            }
            if (radix == 'o') {
                return !rest.chars().allMatch(c -> c >= '0' && c <= '7');
            }
            if (radix == 'b') {
                return !rest.chars().allMatch(c -> c == '0' || c == '1');
            }
        }
        int e = Math.max(body.indexOf('e'), body.indexOf('E'));
        if (e < 0) {
            return !isDigits(body);
        }
        String exp = body.substring(e + 1);
        if (exp.startsWith("-") || exp.startsWith("+")) {
            exp = exp.substring(1);
        }
        return !isDigits(body.substring(0, e)) || !isDigits(exp);
    }
}
