package dev.upkeep.inventory.container;

import java.util.function.Function;

/**
 * Shell-style variable substitution as Dockerfiles ({@code ARG}) and Compose files ({@code .env})
 * do it: {@code $NAME}, {@code ${NAME}}, {@code ${NAME:-default}}, {@code ${NAME-default}},
 * {@code ${NAME:+alt}}, {@code ${NAME+alt}}, {@code ${NAME:?error}} and {@code ${NAME?error}}, with
 * nested defaults. A variable that cannot be resolved is left as written, so callers can tell
 * which part of a value is unknown ({@link #hasVariable}).
 *
 * <p>{@link Substitution} does what a build does (an unset variable is empty) for the lint rules;
 * the inventory needs to know what the file leaves open, and Compose's {@code $$} and {@code ?}
 * forms, hence this second, small substituter. Written by hand: no library in the pom does either.
 */
public final class Interpolation {
    private Interpolation() {}

    /**
     * Substitutes {@code text}; {@code lookup} gives a variable's value or null when it is unset.
     * With {@code dollarEscape}, {@code $$} is a literal {@code $} (Compose).
     */
    public static String substitute(String text, Function<String, String> lookup, boolean dollarEscape) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '$' || i + 1 >= text.length()) {
                out.append(c);
                i++;
            } else if (dollarEscape && text.charAt(i + 1) == '$') {
                out.append('$');
                i += 2;
            } else if (text.charAt(i + 1) == '{') {
                int close = closingBrace(text, i + 2);
                if (close < 0) {
                    out.append(text, i, text.length());
                    break;
                }
                out.append(braced(text.substring(i, close + 1), text.substring(i + 2, close), lookup, dollarEscape));
                i = close + 1;
            } else {
                int end = i + 1;
                while (end < text.length() && isNameChar(text.charAt(end), end == i + 1)) {
                    end++;
                }
                String value = end > i + 1 ? lookup.apply(text.substring(i + 1, end)) : null;
                out.append(value != null ? value : text.substring(i, Math.max(end, i + 1)));
                i = Math.max(end, i + 1);
            }
        }
        return out.toString();
    }

    /** Whether {@code text} still holds a variable reference ({@code $NAME} or {@code ${...}}). */
    public static boolean hasVariable(String text) {
        for (int i = text.indexOf('$'); i >= 0 && i + 1 < text.length(); i = text.indexOf('$', i + 1)) {
            char next = text.charAt(i + 1);
            if (next == '{' || isNameChar(next, true)) {
                return true;
            }
        }
        return false;
    }

    private static String braced(String whole, String inner, Function<String, String> lookup, boolean dollarEscape) {
        int n = 0;
        while (n < inner.length() && isNameChar(inner.charAt(n), n == 0)) {
            n++;
        }
        String name = inner.substring(0, n);
        if (name.isEmpty()) {
            return whole;
        }
        String value = lookup.apply(name);
        String rest = inner.substring(n);
        if (rest.isEmpty()) {
            return value != null ? value : whole;
        }
        boolean colon = rest.startsWith(":");
        String op = colon ? rest.substring(1, Math.min(2, rest.length())) : rest.substring(0, 1);
        String word = rest.substring(colon ? 2 : 1);
        boolean set = value != null && !(colon && value.isEmpty());
        return switch (op) {
            case "-" -> set ? value : substitute(word, lookup, dollarEscape);
            case "+" -> set ? substitute(word, lookup, dollarEscape) : "";
            case "?" -> set ? value : whole;
            default -> whole;
        };
    }

    private static int closingBrace(String text, int from) {
        int depth = 1;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' && text.charAt(i - 1) == '$') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isNameChar(char c, boolean first) {
        return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (!first && c >= '0' && c <= '9');
    }
}
