package dev.upkeep.versioning.loose;

import dev.upkeep.versioning.InvalidVersionException;
import dev.upkeep.versioning.Version;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A version that follows no standard (a product's or an OS package's): an optional {@code v}, an
 * optional epoch {@code N:}, dot-separated release numbers, then any mix of numbers and words.
 *
 * <p>Ordering: epoch, release (missing numbers count as 0), then the rest token by token, where at
 * one position a pre-release word sorts below the end of the version, the end below any other
 * word, and words below numbers. So {@code 1.0-rc1 < 1.0 < 1.0.2 < 1.0.2k < 1.0.2-1}. Pre-release
 * words, in order: dev/nightly/canary, alpha (or {@code a} before a digit), beta ({@code b}),
 * milestone ({@code m}), pre/preview/ea, rc/cr ({@code c}), snapshot.
 */
public final class LooseVersion implements Version {
    private static final Map<String, Integer> PRE = Map.ofEntries(Map.entry("dev", 0), Map.entry("nightly", 0),
            Map.entry("canary", 0), Map.entry("alpha", 1), Map.entry("a", 1), Map.entry("beta", 2), Map.entry("b", 2),
            Map.entry("milestone", 3), Map.entry("m", 3), Map.entry("pre", 4), Map.entry("preview", 4),
            Map.entry("ea", 4), Map.entry("rc", 5), Map.entry("cr", 5), Map.entry("c", 5), Map.entry("snapshot", 6));
    private static final String SCHEME = "loose";

    /** One token after the release: a pre-release word (its rank), another word, or a number (digits, no leading zeros). */
    private record Token(int kind, int rank, String text) {
        static final int PRE_WORD = 0;
        static final int WORD = 2;
        static final int NUMBER = 3;
    }

    private final String text;
    private final long epoch;
    private final long[] release;
    private final int trimmed;
    private final List<Token> rest;

    private LooseVersion(String text, long epoch, long[] release, List<Token> rest) {
        this.text = text;
        this.epoch = epoch;
        this.release = release;
        int t = release.length;
        while (t > 0 && release[t - 1] == 0) {
            t--;
        }
        this.trimmed = t;
        this.rest = rest;
    }

    static LooseVersion parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidVersionException(SCHEME, String.valueOf(text), "is empty");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isAlnum(c) && ".-_+~:".indexOf(c) < 0) {
                throw new InvalidVersionException(SCHEME, text, "'" + c + "' at position " + i + " is not allowed");
            }
        }
        int pos = text.charAt(0) == 'v' || text.charAt(0) == 'V' ? 1 : 0;
        long epoch = 0;
        int colon = text.indexOf(':');
        if (colon >= 0) {
            if (colon == pos || !allDigits(text, pos, colon) || text.lastIndexOf(':') != colon) {
                throw new InvalidVersionException(SCHEME, text, "only an epoch number may precede ':'");
            }
            epoch = number(text, pos, colon);
            pos = colon + 1;
        }
        if (pos >= text.length() || !isDigit(text.charAt(pos))) {
            throw new InvalidVersionException(SCHEME, text, "does not start with a number");
        }
        long[] release = new long[8];
        int n = 0;
        while (true) {
            int start = pos;
            while (pos < text.length() && isDigit(text.charAt(pos))) {
                pos++;
            }
            if (n == release.length) {
                release = Arrays.copyOf(release, n * 2);
            }
            release[n++] = number(text, start, pos);
            if (pos + 1 < text.length() && text.charAt(pos) == '.' && isDigit(text.charAt(pos + 1))) {
                pos++;
            } else {
                break;
            }
        }
        return new LooseVersion(text, epoch, Arrays.copyOf(release, n), tokens(text, pos));
    }

    private static List<Token> tokens(String text, int from) {
        List<Token> out = new ArrayList<>();
        int pos = from;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            int start = pos;
            if (isDigit(c)) {
                while (pos < text.length() && isDigit(text.charAt(pos))) {
                    pos++;
                }
                while (start < pos - 1 && text.charAt(start) == '0') {
                    start++;
                }
                out.add(new Token(Token.NUMBER, 0, text.substring(start, pos)));
            } else if (isAlnum(c)) {
                while (pos < text.length() && isAlnum(text.charAt(pos)) && !isDigit(text.charAt(pos))) {
                    pos++;
                }
                String word = text.substring(start, pos).toLowerCase(Locale.ROOT);
                Integer rank = PRE.get(word);
                boolean letterBeforeDigit = word.length() > 1 || (pos < text.length() && isDigit(text.charAt(pos)));
                out.add(rank != null && letterBeforeDigit ? new Token(Token.PRE_WORD, rank, "")
                        : new Token(Token.WORD, 0, word));
            } else {
                pos++;
            }
        }
        return List.copyOf(out);
    }

    private static long number(String text, int start, int end) {
        if (end - start > 18) {
            throw new InvalidVersionException(SCHEME, text, "number at position " + start + " is too large");
        }
        return Long.parseLong(text, start, end, 10);
    }

    private static boolean allDigits(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAlnum(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public long[] release() {
        return release.clone();
    }

    long epoch() {
        return epoch;
    }

    @Override
    public boolean isPrerelease() {
        return rest.stream().anyMatch(t -> t.kind() == Token.PRE_WORD);
    }

    @Override
    public int compareTo(Version other) {
        LooseVersion o = (LooseVersion) other;
        int c = Long.compare(epoch, o.epoch);
        for (int i = 0; c == 0 && i < Math.max(trimmed, o.trimmed); i++) {
            c = Long.compare(i < trimmed ? release[i] : 0, i < o.trimmed ? o.release[i] : 0);
        }
        for (int i = 0; c == 0 && i < Math.max(rest.size(), o.rest.size()); i++) {
            c = compare(i < rest.size() ? rest.get(i) : null, i < o.rest.size() ? o.rest.get(i) : null);
        }
        return c;
    }

    /** At one position: pre-release word (0) < end of version (1) < word (2) < number (3). */
    private static int compare(Token a, Token b) {
        int c = Integer.compare(a == null ? 1 : a.kind(), b == null ? 1 : b.kind());
        if (c != 0 || a == null) {
            return c;
        }
        return switch (a.kind()) {
            case Token.PRE_WORD -> Integer.compare(a.rank(), b.rank());
            case Token.NUMBER -> a.text().length() != b.text().length()
                    ? Integer.compare(a.text().length(), b.text().length()) : Integer.signum(a.text().compareTo(b.text()));
            default -> Integer.signum(a.text().compareTo(b.text()));
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LooseVersion v && compareTo(v) == 0;
    }

    @Override
    public int hashCode() {
        int h = Long.hashCode(epoch);
        for (int i = 0; i < trimmed; i++) {
            h = 31 * h + Long.hashCode(release[i]);
        }
        return 31 * h + rest.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
