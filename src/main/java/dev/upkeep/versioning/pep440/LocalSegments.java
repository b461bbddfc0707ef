package dev.upkeep.versioning.pep440;

/**
 * The local segment of a version ({@code +ubuntu.1}) as PEP 440 orders it: segment by segment,
 * a string before a number, strings by code point, numbers by value (of any length), and a
 * shorter segment list first when one is a prefix of the other.
 */
final class LocalSegments {
    private LocalSegments() {}

    /** Splits a lower-cased local label on {@code . _ -}; numbers lose their leading zeros. */
    static String[] split(String local) {
        int count = 1;
        for (int i = 0; i < local.length(); i++) {
            count += isSeparator(local.charAt(i)) ? 1 : 0;
        }
        String[] parts = new String[count];
        int start = 0;
        int n = 0;
        for (int i = 0; i <= local.length(); i++) {
            if (i == local.length() || isSeparator(local.charAt(i))) {
                parts[n++] = local.substring(start, i);
                start = i + 1;
            }
        }
        for (int i = 0; i < parts.length; i++) {
            if (isNumber(parts[i])) {
                int z = 0;
                while (z < parts[i].length() - 1 && parts[i].charAt(z) == '0') {
                    z++;
                }
                parts[i] = parts[i].substring(z);
            }
        }
        return parts;
    }

    /** Orders two split local segments; null (no local segment) sorts first. */
    static int compare(String[] a, String[] b) {
        if (a == null || b == null) {
            return a == b ? 0 : a == null ? -1 : 1;
        }
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int c = compareSegment(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    private static int compareSegment(String a, String b) {
        boolean na = isNumber(a);
        boolean nb = isNumber(b);
        if (na != nb) {
            return na ? 1 : -1;
        }
        if (na && a.length() != b.length()) {
            return Integer.compare(a.length(), b.length());
        }
        return Integer.signum(a.compareTo(b));
    }

    private static boolean isSeparator(char c) {
        return c == '.' || c == '_' || c == '-';
    }

    private static boolean isNumber(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Pep440Parser.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
