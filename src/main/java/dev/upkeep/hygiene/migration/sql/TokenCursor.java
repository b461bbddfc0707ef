package dev.upkeep.hygiene.migration.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A position in one statement's tokens, with the small look-ahead the DDL reader needs. */
final class TokenCursor {
    private final List<Token> tokens;
    private int pos;

    TokenCursor(List<Token> tokens) {
        this.tokens = tokens;
    }

    boolean atEnd() {
        return pos >= tokens.size();
    }

    /** The token {@code ahead} places on, or {@code null} past the end. */
    Token peek(int ahead) {
        int i = pos + ahead;
        return i < tokens.size() ? tokens.get(i) : null;
    }

    boolean peekIs(String word) {
        Token t = peek(0);
        return t != null && t.is(word);
    }

    Token next() {
        return atEnd() ? null : tokens.get(pos++);
    }

    /** Consumes {@code words} if they come next, in order; otherwise consumes nothing. */
    boolean accept(String... words) {
        for (int i = 0; i < words.length; i++) {
            Token t = peek(i);
            if (t == null || !t.is(words[i])) {
                return false;
            }
        }
        pos += words.length;
        return true;
    }

    boolean acceptSymbol(String symbol) {
        Token t = peek(0);
        if (t != null && t.isSymbol(symbol)) {
            pos++;
            return true;
        }
        return false;
    }

    /** A single identifier, or {@code null} when none comes next. */
    String identifier() {
        Token t = peek(0);
        if (t == null || !t.isIdentifier()) {
            return null;
        }
        pos++;
        return t.identifier();
    }

    /** A possibly qualified name ({@code a}, {@code s.a}, {@code db.s.a}), or {@code null}. */
    Name name() {
        List<String> parts = new ArrayList<>();
        String first = identifier();
        if (first == null) {
            return null;
        }
        parts.add(first);
        while (peek(0) != null && peek(0).isSymbol(".") && peek(1) != null && peek(1).isIdentifier()) {
            pos++;
            parts.add(identifier());
        }
        int n = parts.size();
        return new Name(n > 1 ? parts.get(n - 2) : null, parts.get(n - 1));
    }

    /** Names separated by commas ({@code a, s.b}), skipping a trailing {@code *} after each. */
    List<Name> names() {
        List<Name> names = new ArrayList<>();
        do {
            accept("only");
            Name name = name();
            if (name == null) {
                break;
            }
            names.add(name);
            acceptSymbol("*");
        } while (acceptSymbol(","));
        return names;
    }

    /** At an opening parenthesis: the tokens inside it, consumed with the parentheses. */
    List<Token> group() {
        if (!acceptSymbol("(")) {
            return List.of();
        }
        int start = pos;
        int depth = 1;
        while (!atEnd()) {
            Token t = next();
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")") && --depth == 0) {
                return tokens.subList(start, pos - 1);
            }
        }
        return tokens.subList(start, pos);
    }

    /** Everything not yet consumed. */
    List<Token> rest() {
        List<Token> rest = tokens.subList(Math.min(pos, tokens.size()), tokens.size());
        pos = tokens.size();
        return rest;
    }

    /** Whether the words appear in order, adjacent, outside parentheses, anywhere after here. */
    boolean containsAhead(String... words) {
        int depth = 0;
        for (int i = pos; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            } else if (depth == 0 && matchesAt(i, words)) {
                return true;
            }
        }
        return false;
    }

    private boolean matchesAt(int i, String... words) {
        for (int k = 0; k < words.length; k++) {
            if (i + k >= tokens.size() || !tokens.get(i + k).is(words[k])) {
                return false;
            }
        }
        return true;
    }

    /** Splits {@code tokens} at commas outside parentheses. */
    static List<List<Token>> splitTopLevel(List<Token> tokens) {
        List<List<Token>> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isSymbol("(") || t.isSymbol("[")) {
                depth++;
            } else if (t.isSymbol(")") || t.isSymbol("]")) {
                depth--;
            } else if (t.isSymbol(",") && depth == 0) {
                parts.add(tokens.subList(start, i));
                start = i + 1;
            }
        }
        parts.add(tokens.subList(start, tokens.size()));
        return parts;
    }

    /** Words after which a parenthesis opens a list, not a function's arguments. */
    private static final Set<String> SPACED_BEFORE_PARENS = Set.of("key", "check", "unique", "as", "in", "exists",
            "values", "using", "on", "index", "table", "exclude", "include", "with", "of", "by", "references",
            "filter", "over", "and", "or", "not", "where", "select");

    private static final String OPERATOR_CHARS = "<>=!~+-*/%^&|#@?";

    /** The tokens written back as compact SQL text. */
    static String render(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        Token previous = null;
        for (Token t : tokens) {
            boolean tight = previous == null || previous.isSymbol("(") || previous.isSymbol(".")
                    || previous.isSymbol("::") || t.isSymbol(")") || t.isSymbol(",") || t.isSymbol(".")
                    || t.isSymbol("::") || t.isSymbol("[") || t.isSymbol("]")
                    || (t.isSymbol("(") && previous.type() == Token.Type.WORD
                            && !SPACED_BEFORE_PARENS.contains(previous.identifier()))
                    || (isOperator(previous) && isOperator(t));
            if (!tight) {
                sb.append(' ');
            }
            sb.append(t.sql());
            previous = t;
        }
        return sb.toString();
    }

    private static boolean isOperator(Token t) {
        return t.type() == Token.Type.SYMBOL && t.text().length() == 1 && OPERATOR_CHARS.contains(t.text());
    }
}
