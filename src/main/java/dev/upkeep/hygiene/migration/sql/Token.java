package dev.upkeep.hygiene.migration.sql;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * One lexical token of a PostgreSQL script.
 *
 * @param type what kind of token
 * @param text the token as written (a {@link Type#STRING}'s or {@link Type#QUOTED}'s decoded content)
 * @param line the 1-based line it starts on
 * @param start its first character's offset in the lexed source
 * @param end the offset just past its last character
 */
public record Token(Type type, String text, int line, int start, int end) {
    /** Token kinds; comments and whitespace are dropped by the lexer. */
    public enum Type {
        /** A keyword or unquoted identifier. */
        WORD,
        /** A double-quoted identifier, case kept. */
        QUOTED,
        /** A string constant in any of PostgreSQL's forms ('', E'', U&'', $tag$...$tag$). */
        STRING,
        NUMBER,
        /** A positional parameter such as {@code $1}. */
        PARAM,
        /** Punctuation or an operator character; {@code ::} is one token. */
        SYMBOL,
        /** A psql meta-command line such as {@code \connect db}. */
        META
    }

    public Token {
        requireNonNull(type, "type is null");
        requireNonNull(text, "text is null");
    }

    /** Whether this is the keyword (or unquoted identifier) {@code word}, in any case. */
    public boolean is(String word) {
        return type == Type.WORD && text.equalsIgnoreCase(word);
    }

    /** Whether this is the symbol {@code symbol}. */
    public boolean isSymbol(String symbol) {
        return type == Type.SYMBOL && text.equals(symbol);
    }

    /** Whether this can name something: an unquoted word or a quoted identifier. */
    public boolean isIdentifier() {
        return type == Type.WORD || type == Type.QUOTED;
    }

    /** The identifier as PostgreSQL stores it: unquoted words fold to lower case. */
    public String identifier() {
        return type == Type.WORD ? text.toLowerCase(Locale.ROOT) : text;
    }

    /** The token as it would be written back into SQL. */
    public String sql() {
        return switch (type) {
            case QUOTED -> '"' + text.replace("\"", "\"\"") + '"';
            case STRING -> '\'' + text.replace("'", "''") + '\'';
            default -> text;
        };
    }
}
