package dev.upkeep.hygiene.migration.sql;

import dev.upkeep.hygiene.migration.sql.Token.Type;
import dev.upkeep.inventory.FormatException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits PostgreSQL source into tokens with line numbers, following the server's own lexical
 * rules where they matter for finding statement boundaries: {@code ''}-doubling and {@code E''}
 * backslash escapes, {@code U&} and {@code B}/{@code X}/{@code N} prefixes, double-quoted
 * identifiers, dollar quoting ({@code $tag$ ... $tag$}), nested block comments and psql
 * meta-command lines.
 *
 * <p>Hand-written rather than a general SQL parser: no maintained Java parser covers PostgreSQL's
 * DDL (JSqlParser rejects whole statements it does not know, such as {@code CREATE FUNCTION} with
 * a dollar-quoted body or {@code ALTER TABLE ... VALIDATE CONSTRAINT}, and gives no statement
 * lines), while migration linting needs only exact boundaries, lines and a light reading of a
 * few DDL forms, and must never give up on a whole file for one unusual statement.
 */
public final class SqlLexer {
    private final String src;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;
    private int line;
    private boolean lineStart = true;

    private SqlLexer(String src, int firstLine) {
        this.src = src;
        this.line = firstLine;
    }

    /** The tokens of {@code sql}, whose first line is {@code firstLine}; throws on unterminated text. */
    public static List<Token> lex(String sql, int firstLine) {
        SqlLexer lexer = new SqlLexer(sql, firstLine);
        lexer.run();
        return List.copyOf(lexer.tokens);
    }

    private void run() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\n') {
                line++;
                pos++;
                lineStart = true;
            } else if (Character.isWhitespace(c) || c == '\uFEFF') {
                pos++;
            } else {
                boolean atLineStart = lineStart;
                lineStart = false;
                token(c, atLineStart);
            }
        }
    }

    private void token(char c, boolean atLineStart) {
        if (c == '-' && peek(1) == '-') {
            skipLineComment();
        } else if (c == '/' && peek(1) == '*') {
            skipBlockComment();
        } else if (c == '\\' && atLineStart) {
            int end = lineEnd();
            tokens.add(new Token(Type.META, src.substring(pos, end).strip(), line, pos, end));
            pos = end;
        } else if (c == '\'') {
            string(pos, pos + 1, false);
        } else if (c == '"') {
            quoted(pos, pos + 1);
        } else if (c == '$') {
            dollar();
        } else if (Character.isDigit(c) || (c == '.' && Character.isDigit(peek(1)))) {
            number();
        } else if (isWordStart(c)) {
            word();
        } else if (c == ':' && peek(1) == ':') {
            tokens.add(new Token(Type.SYMBOL, "::", line, pos, pos + 2));
            pos += 2;
        } else {
            tokens.add(new Token(Type.SYMBOL, String.valueOf(c), line, pos, pos + 1));
            pos++;
        }
    }

    private void word() {
        int start = pos;
        while (pos < src.length() && isWordPart(src.charAt(pos))) {
            pos++;
        }
        String word = src.substring(start, pos);
        char next = peek(0);
        if (next == '\'' && word.length() == 1 && "eEbBxXnN".indexOf(word.charAt(0)) >= 0) {
            string(start, pos + 1, word.equalsIgnoreCase("e"));
        } else if (word.equalsIgnoreCase("u") && next == '&' && (peek(1) == '\'' || peek(1) == '"')) {
            if (peek(1) == '\'') {
                string(start, pos + 2, false);
            } else {
                quoted(start, pos + 2);
            }
        } else {
            tokens.add(new Token(Type.WORD, word, line, start, pos));
        }
    }

    /** A string constant starting at {@code start} whose body starts at {@code bodyStart}; {@code escapes} for E''. */
    private void string(int start, int bodyStart, boolean escapes) {
        quotedText(Type.STRING, '\'', start, bodyStart, escapes, "unterminated string constant");
    }

    private void quoted(int start, int bodyStart) {
        quotedText(Type.QUOTED, '"', start, bodyStart, false, "unterminated quoted identifier");
    }

    /** Text up to an undoubled {@code quote}, where a doubled quote stands for one. */
    private void quotedText(Type type, char quote, int start, int bodyStart, boolean escapes, String unterminated) {
        int startLine = line;
        StringBuilder value = new StringBuilder();
        int i = bodyStart;
        while (true) {
            if (i >= src.length()) {
                throw new FormatException(unterminated, startLine);
            }
            char ch = src.charAt(i);
            if (ch == quote && i + 1 < src.length() && src.charAt(i + 1) == quote) {
                value.append(quote);
                i += 2;
            } else if (ch == quote) {
                break;
            } else if (ch == '\\' && escapes && i + 1 < src.length()) {
                countLine(src.charAt(i + 1));
                value.append(src.charAt(i + 1));
                i += 2;
            } else {
                countLine(ch);
                value.append(ch);
                i++;
            }
        }
        pos = i + 1;
        tokens.add(new Token(type, value.toString(), startLine, start, pos));
    }

    private void dollar() {
        int close = peek(1) == '{' ? src.indexOf('}', pos) : -1;
        if (close > 0 && src.substring(pos, close).indexOf('\n') < 0) {
            // A Flyway placeholder such as ${schema}: not PostgreSQL syntax, read as a name.
            tokens.add(new Token(Type.WORD, src.substring(pos, close + 1), line, pos, close + 1));
            pos = close + 1;
            return;
        }
        if (Character.isDigit(peek(1))) {
            int start = pos++;
            while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                pos++;
            }
            tokens.add(new Token(Type.PARAM, src.substring(start, pos), line, start, pos));
            return;
        }
        int tagEnd = pos + 1;
        while (tagEnd < src.length() && isWordPart(src.charAt(tagEnd)) && src.charAt(tagEnd) != '$'
                && (tagEnd > pos + 1 || !Character.isDigit(src.charAt(tagEnd)))) {
            tagEnd++;
        }
        if (tagEnd >= src.length() || src.charAt(tagEnd) != '$') {
            tokens.add(new Token(Type.SYMBOL, "$", line, pos, pos + 1));
            pos++;
            return;
        }
        String delimiter = src.substring(pos, tagEnd + 1);
        int bodyStart = tagEnd + 1;
        int end = src.indexOf(delimiter, bodyStart);
        if (end < 0) {
            throw new FormatException("unterminated dollar-quoted string " + delimiter, line);
        }
        String body = src.substring(bodyStart, end);
        tokens.add(new Token(Type.STRING, body, line, pos, end + delimiter.length()));
        body.chars().forEach(ch -> countLine((char) ch));
        pos = end + delimiter.length();
    }

    private void number() {
        int start = pos;
        while (pos < src.length()) {
            char ch = src.charAt(pos);
            boolean exponentSign = (ch == '+' || ch == '-') && pos > start
                    && (src.charAt(pos - 1) == 'e' || src.charAt(pos - 1) == 'E');
            if (Character.isLetterOrDigit(ch) || ch == '.' || ch == '_' || exponentSign) {
                pos++;
            } else {
                break;
            }
        }
        tokens.add(new Token(Type.NUMBER, src.substring(start, pos), line, start, pos));
    }

    private void skipLineComment() {
        pos = lineEnd();
    }

    private void skipBlockComment() {
        int startLine = line;
        int depth = 0;
        while (pos < src.length()) {
            if (src.startsWith("/*", pos)) {
                depth++;
                pos += 2;
            } else if (src.startsWith("*/", pos)) {
                depth--;
                pos += 2;
                if (depth == 0) {
                    return;
                }
            } else {
                countLine(src.charAt(pos));
                pos++;
            }
        }
        throw new FormatException("unterminated block comment", startLine);
    }

    private int lineEnd() {
        int end = src.indexOf('\n', pos);
        return end < 0 ? src.length() : end;
    }

    private void countLine(char ch) {
        if (ch == '\n') {
            line++;
        }
    }

    private char peek(int offset) {
        int i = pos + offset;
        return i < src.length() ? src.charAt(i) : '\0';
    }

    private static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_' || c > 127;
    }

    private static boolean isWordPart(char c) {
        return isWordStart(c) || Character.isDigit(c) || c == '$';
    }
}
