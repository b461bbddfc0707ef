package dev.upkeep.versioning.docker;

/**
 * The order JavaScript's {@code localeCompare} (ICU root collation) gives Docker tag text, which
 * Renovate uses for pre-release labels and suffixes: {@code _ < - < .} before digits before
 * letters, letters case-blind first, then lower case before upper case at the first difference.
 * Written out for the tag alphabet {@code [A-Za-z0-9_.-]} because {@link java.text.Collator}
 * ignores hyphens and so orders {@code a-b} after {@code ab}.
 */
final class TagCollation {
    private TagCollation() {}

    static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            int c = Integer.compare(primary(a.charAt(i)), primary(b.charAt(i)));
            if (c != 0) {
                return c;
            }
        }
        if (a.length() != b.length()) {
            return Integer.compare(a.length(), b.length());
        }
        for (int i = 0; i < n; i++) {
            boolean upperA = Character.isUpperCase(a.charAt(i));
            boolean upperB = Character.isUpperCase(b.charAt(i));
            if (upperA != upperB) {
                return upperA ? 1 : -1;
            }
        }
        return 0;
    }

    private static int primary(char c) {
        if (c >= 'a' && c <= 'z') {
            return 0x200 + c - 'a';
        }
        if (c >= 'A' && c <= 'Z') {
            return 0x200 + c - 'A';
        }
        if (c >= '0' && c <= '9') {
            return 0x100 + c - '0';
        }
        return switch (c) {
            case '_' -> 1;
            case '-' -> 2;
            case '.' -> 3;
            default -> c;
        };
    }
}
