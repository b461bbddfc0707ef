package dev.upkeep.inventory.container;

import java.util.Map;

/**
 * Dockerfile variable substitution: {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-default}},
 * {@code ${VAR-default}}, {@code ${VAR:+alt}}, {@code ${VAR+alt}}; the escape character keeps a
 * {@code $} literal. A variable that is not set expands to "" as in a build; quotes are kept (the
 * caller splits words). Written by hand: it is a few dozen lines and must match Docker exactly.
 */
public final class Substitution {
    private Substitution() {}

    /** Expands {@code text} with {@code vars}; a {@code null} value means declared without a value. */
    public static String expand(String text, Map<String, String> vars, char escape) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == escape && i + 1 < text.length() && text.charAt(i + 1) == '$') {
                out.append('$');
                i += 2;
            } else if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                int close = matchingBrace(text, i + 2);
                if (close < 0) {
                    out.append(text, i, text.length());
                    return out.toString();
                }
                out.append(braced(text.substring(i + 2, close), vars, escape));
                i = close + 1;
            } else if (c == '$' && i + 1 < text.length() && isNameStart(text.charAt(i + 1))) {
                int end = i + 1;
                while (end < text.length() && isNamePart(text.charAt(end))) {
                    end++;
                }
                out.append(valueOf(vars, text.substring(i + 1, end)));
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String braced(String inner, Map<String, String> vars, char escape) {
        int n = 0;
        while (n < inner.length() && isNamePart(inner.charAt(n))) {
            n++;
        }
        String name = inner.substring(0, n);
        String op = inner.substring(n);
        String value = vars.get(name);
        boolean set = vars.containsKey(name) && value != null;
        if (op.startsWith(":-")) {
            return set && !value.isEmpty() ? value : expand(op.substring(2), vars, escape);
        } else if (op.startsWith("-")) {
            return set ? value : expand(op.substring(1), vars, escape);
        } else if (op.startsWith(":+")) {
            return set && !value.isEmpty() ? expand(op.substring(2), vars, escape) : "";
        } else if (op.startsWith("+")) {
            return set ? expand(op.substring(1), vars, escape) : "";
        }
        return valueOf(vars, name);
    }

    private static String valueOf(Map<String, String> vars, String name) {
        String v = vars.get(name);
        return v == null ? "" : v;
    }

    private static int matchingBrace(String text, int from) {
        int depth = 1;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isNameStart(char c) {
        return c == '_' || Character.isLetter(c);
    }

    private static boolean isNamePart(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
