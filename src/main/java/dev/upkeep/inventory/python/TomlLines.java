package dev.upkeep.inventory.python;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where things are in a TOML file. Jackson's TOML reader gives values without positions, so this
 * scanner walks the text once, understanding just enough TOML to say on which line each key
 * starts: table and array-of-table headers, dotted and quoted keys, strings (multi-line ones too),
 * comments, and arrays that span lines. It never judges validity; Jackson does that.
 *
 * <p>Paths are the keys from the root, unquoted. The n-th {@code [[package]]} table is addressed as
 * {@code package, "n"} (0-based), and so are tables nested in it ({@code package, "0", "source"}).
 * Lines are 1-based; 0 means not found.
 */
public final class TomlLines {
    private record Key(String path, int line, int endLine) {}

    private final String[] lines;
    private final Map<String, Key> keys = new HashMap<>();
    private final Map<String, Integer> arrayCounts = new HashMap<>();

    private List<String> table = List.of();
    private int depth;
    private String openString; // the closing delimiter of a multi-line string being read, or null
    private Key pending;

    public TomlLines(String text) {
        this.lines = splitLines(text);
        for (int i = 0; i < lines.length; i++) {
            scanLine(lines[i], i + 1);
        }
    }

    /** Splits on CRLF, CR or LF by hand: a regex alternation over a multi-megabyte lockfile cost more than parsing it. */
    static String[] splitLines(String text) {
        List<String> out = new ArrayList<>(text.length() / 40 + 1);
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out.toArray(String[]::new);
    }

    /** The line of the key at {@code path}, or of the nearest enclosing key or table that is written down; 0 if none. */
    public int line(List<String> path) {
        for (int n = path.size(); n > 0; n--) {
            Key k = keys.get(join(path.subList(0, n)));
            if (k != null) {
                return k.line;
            }
        }
        return 0;
    }

    /** The line of {@code key} in the {@code index}-th {@code [[array]]} table, falling back to its header. */
    public int inArrayTable(String array, int index, String key) {
        return line(List.of(array, String.valueOf(index), key));
    }

    /**
     * The line of the string in the array at {@code path} that starts with {@code value}'s first
     * characters, looking from line {@code from} on (pass the previous element's line to walk an
     * array in order). Falls back to the array's own line.
     */
    public int element(List<String> path, String value, int from) {
        Key k = keys.get(join(path));
        if (k == null) {
            return line(path);
        }
        String prefix = prefix(value);
        for (int i = Math.max(k.line, from); i <= k.endLine && i <= lines.length; i++) {
            String l = lines[i - 1];
            if (l.contains("\"" + prefix) || l.contains("'" + prefix)) {
                return i;
            }
        }
        return k.line;
    }

    private static String prefix(String value) {
        int end = 0;
        while (end < value.length() && "\"'\\".indexOf(value.charAt(end)) < 0 && value.charAt(end) >= ' ') {
            end++;
        }
        return value.substring(0, end);
    }

    private void scanLine(String l, int n) {
        int i = 0;
        if (openString == null && depth == 0) {
            if (pending != null) {
                keys.put(pending.path, new Key(pending.path, pending.line, n - 1));
                pending = null;
            }
            i = skipWs(l, 0);
            if (i < l.length() && l.charAt(i) == '[') {
                header(l, i, n);
                return;
            }
            if (i < l.length() && l.charAt(i) != '#') {
                List<String> key = new ArrayList<>();
                int eq = readKey(l, i, key);
                if (eq < 0) {
                    return;
                }
                List<String> full = new ArrayList<>(table);
                full.addAll(key);
                pending = new Key(join(full), n, n);
                keys.put(pending.path, pending);
                i = eq + 1;
            }
        }
        scanValue(l, i);
        if (openString == null && depth == 0 && pending != null) {
            keys.put(pending.path, new Key(pending.path, pending.line, n));
            pending = null;
        }
    }

    private void header(String l, int i, int n) {
        boolean array = l.startsWith("[[", i);
        List<String> raw = new ArrayList<>();
        readKey(l, i + (array ? 2 : 1), raw);
        List<String> path = new ArrayList<>();
        for (int j = 0; j < raw.size(); j++) {
            path.add(raw.get(j));
            Integer count = arrayCounts.get(join(path));
            if (count != null && (j < raw.size() - 1 || !array)) {
                path.add(String.valueOf(count - 1)); // a table inside the latest element of an array of tables
            }
        }
        if (array) {
            String name = join(path);
            int index = arrayCounts.merge(name, 1, Integer::sum) - 1;
            path.add(String.valueOf(index));
        }
        table = List.copyOf(path);
        keys.putIfAbsent(join(table), new Key(join(table), n, n));
    }

    /** Reads a dotted key into {@code out}; returns the index of the {@code =} or {@code ]} after it, or -1. */
    private static int readKey(String l, int i, List<String> out) {
        while (i < l.length()) {
            i = skipWs(l, i);
            if (i >= l.length()) {
                return -1;
            }
            char c = l.charAt(i);
            int end;
            if (c == '"' || c == '\'') {
                end = l.indexOf(c, i + 1);
                if (end < 0) {
                    return -1;
                }
                out.add(c == '"' ? l.substring(i + 1, end).replace("\\\"", "\"") : l.substring(i + 1, end));
                end++;
            } else {
                end = i;
                while (end < l.length() && (Character.isLetterOrDigit(l.charAt(end)) || l.charAt(end) == '-' || l.charAt(end) == '_')) {
                    end++;
                }
                if (end == i) {
                    return -1;
                }
                out.add(l.substring(i, end));
            }
            i = skipWs(l, end);
            if (i < l.length() && l.charAt(i) == '.') {
                i++;
                continue;
            }
            return i < l.length() && (l.charAt(i) == '=' || l.charAt(i) == ']') ? i : -1;
        }
        return -1;
    }

    /** Follows strings, comments and brackets through one line of a value. */
    private void scanValue(String l, int i) {
        while (i < l.length()) {
            if (openString != null) {
                int close = closing(l, i, openString);
                if (close < 0) {
                    return;
                }
                i = close + 3;
                openString = null;
                continue;
            }
            char c = l.charAt(i);
            if (c == '#') {
                return;
            } else if (c == '"' || c == '\'') {
                String triple = String.valueOf(c).repeat(3);
                if (l.startsWith(triple, i)) {
                    openString = triple;
                    i += 3;
                    continue;
                }
                int j = i + 1;
                while (j < l.length() && l.charAt(j) != c) {
                    j += c == '"' && l.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
                continue;
            } else if (c == '[' || c == '{') {
                depth++;
            } else if ((c == ']' || c == '}') && depth > 0) {
                depth--;
            }
            i++;
        }
    }

    private static int closing(String l, int from, String delimiter) {
        for (int i = from; i < l.length(); i++) {
            if (delimiter.charAt(0) == '"' && l.charAt(i) == '\\') {
                i++;
            } else if (l.startsWith(delimiter, i)) {
                return i;
            }
        }
        return -1;
    }

    private static int skipWs(String l, int i) {
        while (i < l.length() && (l.charAt(i) == ' ' || l.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static String join(List<String> path) {
        return String.join("\u0000", path);
    }
}
