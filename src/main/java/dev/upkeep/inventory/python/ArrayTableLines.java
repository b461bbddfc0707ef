package dev.upkeep.inventory.python;

/**
 * The line of each {@code [[array]]} table of a TOML lockfile and of the {@code name} key in it,
 * found in one pass over the characters. {@link TomlLines} answers the same question for any key,
 * but records every key of the file on the way, which cost more than Jackson's parse on a large
 * uv.lock; a lockfile only needs this one answer per package.
 *
 * <p>It follows strings (multi-line ones too), comments and brackets the way {@link TomlLines}
 * does, so {@code [[package]]} inside a string or an array is no header. Anything it was not
 * written for (a backslash in a quoted key, a header it cannot read) makes {@link #scan} return
 * null, and the caller asks {@link TomlLines}: the answer is the same either way, only slower.
 * Like {@link TomlLines}, it expects text Jackson has already accepted.
 */
final class ArrayTableLines {
    private final String text;
    private final String array;
    private final String key;
    private int pos;
    private int line = 1;
    private int count;
    private int[] headers = new int[64];
    private int[] keys = new int[64];
    /** Whether the current table is the latest {@code [[array]]} element itself (not a table inside it). */
    private boolean inElement;
    /** Set by {@link #readKey}: whether the key read is the single segment {@code wanted}. */
    private boolean matched;
    /** Where the next line feed and backslash are, as last looked up (-1: not yet). */
    private int nextNewline = -1;
    private int nextBackslash = -1;

    private ArrayTableLines(String text, String array, String key) {
        this.text = text;
        this.array = array;
        this.key = key;
    }

    /**
     * The line of {@code key} in each {@code [[array]]} table (0 where the table has none) and of
     * each table's header, in file order; null when the text holds something this scanner leaves
     * to {@link TomlLines}.
     */
    static Lines scan(String text, String array, String key) {
        ArrayTableLines s = new ArrayTableLines(text, array, key);
        return s.run() ? new Lines(java.util.Arrays.copyOf(s.headers, s.count), java.util.Arrays.copyOf(s.keys, s.count)) : null;
    }

    /** Per table, in file order: the line of its header and of its key (0 for none). */
    record Lines(int[] headers, int[] keys) {
        int size() {
            return headers.length;
        }

        /** The line of the key in the {@code i}-th table, else of its header. */
        int line(int i) {
            return keys[i] != 0 ? keys[i] : headers[i];
        }
    }

    private boolean run() {
        int n = text.length();
        while (pos < n) {
            skipSpaces();
            if (pos >= n) {
                break;
            }
            char c = text.charAt(pos);
            if (c == '[') {
                if (!header()) {
                    return false;
                }
            } else if (c != '#' && c != '\n' && c != '\r') {
                int keyLine = line;
                if (!readKey(key) || pos >= n || text.charAt(pos) != '=') {
                    return false;
                }
                if (matched && inElement) {
                    keys[count - 1] = keyLine;
                }
                pos++;
                if (!value()) {
                    return false;
                }
            }
            skipToNextLine();
        }
        return true;
    }

    /** A {@code [table]} or {@code [[array]]} header; false if it cannot be read. */
    private boolean header() {
        boolean isArray = text.startsWith("[[", pos);
        pos += isArray ? 2 : 1;
        if (!readKey(array) || !text.startsWith(isArray ? "]]" : "]", pos)) {
            return false;
        }
        pos += isArray ? 2 : 1;
        inElement = isArray && matched;
        if (inElement) {
            if (count == headers.length) {
                headers = java.util.Arrays.copyOf(headers, count * 2);
                keys = java.util.Arrays.copyOf(keys, count * 2);
            }
            headers[count] = line;
            keys[count++] = 0;
        }
        return true;
    }

    /**
     * Reads a dotted key up to the {@code =} or {@code ]} after it and sets {@link #matched} when it
     * is the one segment {@code wanted}; false for what {@link TomlLines} would read differently.
     */
    private boolean readKey(String wanted) {
        int segments = 0;
        boolean same = false;
        int n = text.length();
        while (true) {
            skipSpaces();
            if (pos >= n) {
                return false;
            }
            char c = text.charAt(pos);
            int start;
            int end;
            if (c == '"' || c == '\'') {
                start = pos + 1;
                end = start;
                while (end < n && text.charAt(end) != c && text.charAt(end) != '\n' && text.charAt(end) != '\\') {
                    end++;
                }
                if (end >= n || text.charAt(end) != c) {
                    return false; // an escape or an unclosed quote
                }
                pos = end + 1;
            } else {
                start = pos;
                end = pos;
                while (end < n && bare(text.charAt(end))) {
                    end++;
                }
                if (end == start) {
                    return false;
                }
                pos = end;
            }
            segments++;
            same = end - start == wanted.length() && text.startsWith(wanted, start);
            skipSpaces();
            if (pos < n && text.charAt(pos) == '.') {
                pos++;
                continue;
            }
            matched = segments == 1 && same;
            return pos < n && (text.charAt(pos) == '=' || text.charAt(pos) == ']');
        }
    }

    private static boolean bare(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_';
    }

    /** Skips a value: strings, comments and brackets, across lines while a bracket or string is open. */
    private boolean value() {
        int depth = 0;
        int n = text.length();
        while (pos < n) {
            char c = text.charAt(pos);
            if (c == '\n' || c == '\r') {
                if (depth == 0) {
                    return true;
                }
                newline();
            } else if (c == '#') {
                while (pos < n && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
                    pos++;
                }
            } else if (c == '"' || c == '\'') {
                if (!string(c)) {
                    return false;
                }
            } else {
                if (c == '[' || c == '{') {
                    depth++;
                } else if ((c == ']' || c == '}') && depth > 0) {
                    depth--;
                }
                pos++;
            }
        }
        return true;
    }

    /** Skips one string, single- or multi-line; false if it never closes. */
    private boolean string(char quote) {
        int n = text.length();
        boolean multi = pos + 2 < n && text.charAt(pos + 1) == quote && text.charAt(pos + 2) == quote;
        pos += multi ? 3 : 1;
        if (!multi) {
            // Most of a lockfile is one-line strings (hashes, URLs): find the closing quote with indexOf, unless an escape comes first.
            int close = text.indexOf(quote, pos);
            if (close < 0 || close > (nextNewline = after(nextNewline, '\n'))) {
                return false;
            }
            if (quote == '\'' || close < (nextBackslash = after(nextBackslash, '\\'))) {
                pos = close + 1;
                return true;
            }
        }
        while (pos < n) {
            char c = text.charAt(pos);
            if (c == '\\' && quote == '"') {
                if (pos + 1 < n && (text.charAt(pos + 1) == '\n' || text.charAt(pos + 1) == '\r')) {
                    pos++; // a line-ending backslash: the line break is counted below
                    continue;
                }
                pos += 2;
            } else if (c == quote && !multi) {
                pos++;
                return true;
            } else if (c == quote && pos + 2 < n && text.charAt(pos + 1) == quote && text.charAt(pos + 2) == quote) {
                pos += 3;
                for (int extra = 0; extra < 2 && pos < n && text.charAt(pos) == quote; extra++) {
                    pos++; // """a""""  ends with a quote inside the string
                }
                return true;
            } else if (c == '\n' || c == '\r') {
                if (!multi) {
                    return false;
                }
                newline();
            } else {
                pos++;
            }
        }
        return false;
    }

    /** Where {@code c} next occurs from {@link #pos} on ({@link Integer#MAX_VALUE} if never), given where it was last found. */
    private int after(int last, char c) {
        if (last >= pos) {
            return last;
        }
        int i = text.indexOf(c, pos);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    /** Steps over one line break (CRLF, CR or LF). */
    private void newline() {
        if (text.charAt(pos) == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
            pos++;
        }
        pos++;
        line++;
    }

    private void skipSpaces() {
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
            pos++;
        }
    }

    /** After a header, key-value pair or comment: only spaces and a comment may remain on the line. */
    private void skipToNextLine() {
        int n = text.length();
        while (pos < n && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
            pos++;
        }
        if (pos < n) {
            newline();
        }
    }
}
