package dev.upkeep.config;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * A glob over ids and paths: {@code *} matches within one path segment (no {@code /}),
 * {@code **} matches across segments, {@code **}{@code /} also matches no folder at all, and
 * {@code ?} matches one character other than {@code /}. Everything else matches itself.
 */
public final class Glob {
    private final String pattern;
    private final Pattern regex;

    private Glob(String pattern) {
        this.pattern = pattern;
        this.regex = compile(pattern);
    }

    public static Glob of(String pattern) {
        return new Glob(requireNonNull(pattern, "pattern is null"));
    }

    public String pattern() {
        return pattern;
    }

    public boolean matches(String text) {
        return regex.matcher(text).matches();
    }

    private static Pattern compile(String pattern) {
        StringBuilder re = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (pattern.startsWith("**/", i)) {
                re.append("(?:.*/)?");
                i += 3;
            } else if (pattern.startsWith("**", i)) {
                re.append(".*");
                i += 2;
            } else if (c == '*') {
                re.append("[^/]*");
                i++;
            } else if (c == '?') {
                re.append("[^/]");
                i++;
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Glob g && g.pattern.equals(pattern);
    }

    @Override
    public int hashCode() {
        return pattern.hashCode();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
