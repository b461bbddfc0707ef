package dev.upkeep.hygiene.migration.alembic;

import dev.upkeep.inventory.FormatException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits Python source into logical lines of tokens, the way the Python tokenizer does where it
 * matters for reading Alembic migrations: brackets and backslashes join physical lines, comments
 * vanish, strings in every quoting and prefix form are decoded (escapes honoured unless raw).
 * Hand-written because no Java library reads Python; a full Python parser is not needed to find
 * {@code op.*} calls and their literal arguments.
 */
final class PyLexer {
    private static final Set<String> TWO_CHAR_OPS = Set.of("==", "!=", "<=", ">=", "**", "//", "->", ":=", "<<", ">>");

    private final String src;
    private final List<PyLine> lines = new ArrayList<>();
    private List<PyToken> current = new ArrayList<>();
    private int pos;
    private int line = 1;
    private int lineStart;
    private int indent = -1;
    private int logicalLine;
    private int depth;
    private int depthLine;

    private PyLexer(String src) {
        this.src = src;
    }

    static List<PyLine> lex(String source) {
        PyLexer lexer = new PyLexer(source);
        lexer.run();
        return lexer.lines;
    }

    private void run() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\n') {
                newline();
            } else if (c == '\\' && peek(1) == '\n') {
                pos += 2;
                line++;
                lineStart = pos;
            } else if (c == '#') {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (Character.isWhitespace(c) || c == '\uFEFF') {
                pos++;
            } else {
                if (current.isEmpty()) {
                    indent = pos - lineStart;
                    logicalLine = line;
                }
                token(c);
            }
        }
        if (depth > 0) {
            throw new FormatException("unclosed bracket", depthLine);
        }
        endLogicalLine();
    }

    private void newline() {
        pos++;
        line++;
        lineStart = pos;
        if (depth == 0) {
            endLogicalLine();
        }
    }

    private void endLogicalLine() {
        if (!current.isEmpty()) {
            lines.add(new PyLine(indent, logicalLine, current));
            current = new ArrayList<>();
        }
    }

    private void token(char c) {
        int prefixEnd = pos;
        while (prefixEnd < src.length() && prefixEnd - pos < 2 && "rRbBuUfF".indexOf(src.charAt(prefixEnd)) >= 0) {
            prefixEnd++;
        }
        if (prefixEnd < src.length() && (src.charAt(prefixEnd) == '\'' || src.charAt(prefixEnd) == '"')) {
            string(src.substring(pos, prefixEnd).toLowerCase(java.util.Locale.ROOT), prefixEnd);
        } else if (Character.isLetter(c) || c == '_' || c > 127) {
            int start = pos;
            while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_'
                    || src.charAt(pos) > 127)) {
                pos++;
            }
            add(PyToken.Type.NAME, src.substring(start, pos));
        } else if (Character.isDigit(c) || (c == '.' && Character.isDigit(peek(1)))) {
            int start = pos;
            while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '.'
                    || src.charAt(pos) == '_')) {
                pos++;
            }
            add(PyToken.Type.NUMBER, src.substring(start, pos));
        } else {
            String two = pos + 1 < src.length() ? src.substring(pos, pos + 2) : "";
            String op = TWO_CHAR_OPS.contains(two) ? two : String.valueOf(c);
            pos += op.length();
            if ("([{".contains(op)) {
                if (depth++ == 0) {
                    depthLine = line;
                }
            } else if (")]}".contains(op) && depth > 0) {
                depth--;
            }
            add(PyToken.Type.OP, op);
        }
    }

    private void string(String prefix, int quoteAt) {
        int startLine = line;
        char quote = src.charAt(quoteAt);
        boolean triple = src.startsWith(String.valueOf(quote).repeat(3), quoteAt);
        String delimiter = triple ? String.valueOf(quote).repeat(3) : String.valueOf(quote);
        boolean raw = prefix.contains("r");
        StringBuilder value = new StringBuilder();
        int i = quoteAt + delimiter.length();
        while (true) {
            if (i >= src.length() || (!triple && src.charAt(i) == '\n')) {
                throw new FormatException("unterminated string", startLine);
            }
            if (src.startsWith(delimiter, i)) {
                break;
            }
            char ch = src.charAt(i);
            if (ch == '\\' && i + 1 < src.length()) {
                char next = src.charAt(i + 1);
                if (next == '\n') {
                    line++;
                }
                value.append(raw ? "\\" + next : unescape(next));
                i += 2;
                continue;
            }
            if (ch == '\n') {
                line++;
            }
            value.append(ch);
            i++;
        }
        pos = i + delimiter.length();
        current.add(new PyToken(PyToken.Type.STRING, value.toString(), startLine, prefix.contains("f")));
    }

    private static String unescape(char c) {
        return switch (c) {
            case 'n' -> "\n";
            case 't' -> "\t";
            case 'r' -> "\r";
            case '\n' -> "";
            case '\\', '\'', '"' -> String.valueOf(c);
            default -> "\\" + c;
        };
    }

    private void add(PyToken.Type type, String text) {
        current.add(new PyToken(type, text, line, false));
    }

    private char peek(int offset) {
        int i = pos + offset;
        return i < src.length() ? src.charAt(i) : '\0';
    }
}
