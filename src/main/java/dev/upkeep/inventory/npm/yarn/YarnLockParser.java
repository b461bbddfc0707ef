package dev.upkeep.inventory.npm.yarn;

import dev.upkeep.inventory.FormatException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads yarn.lock, classic (v1: {@code key "value"}) and berry (v2+: {@code key: value}), into
 * entries with their lines. Both are indentation-structured text; berry's is YAML, classic's is
 * not. One small reader handles both in one pass over the lines, because no library reads the
 * classic format and a YAML parser would cost more than the format needs.
 */
final class YarnLockParser {
    /** A line's key, its value ("" for a block), its 1-based line and the lines indented under it. */
    record Node(String key, String value, int line, Map<String, Node> children) {
        String get(String child) {
            Node n = children.get(child);
            return n == null ? null : n.value;
        }

        Node block(String child) {
            Node n = children.get(child);
            return n == null ? EMPTY : n;
        }

        static final Node EMPTY = new Node("", "", 0, Map.of());
    }

    /** A top-level entry: its descriptors ({@code lodash@^4.17.0}) and its fields. */
    record Entry(List<String> descriptors, Node node) {}

    private YarnLockParser() {}

    static List<Entry> parse(String text) {
        List<Entry> entries = new ArrayList<>();
        Deque<int[]> indents = new ArrayDeque<>(); // indent of each open block
        Deque<Node> blocks = new ArrayDeque<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            int indent = 0;
            while (indent < raw.length() && raw.charAt(indent) == ' ') {
                indent++;
            }
            String line = raw.substring(indent).stripTrailing();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int lineNo = i + 1;
            while (!indents.isEmpty() && indent <= indents.peek()[0]) {
                indents.pop();
                blocks.pop();
            }
            if (indent == 0) {
                if (!line.endsWith(":")) {
                    throw new FormatException("expected an entry ending in ':', found '" + abbreviate(line) + "'", lineNo);
                }
                Node node = new Node(line, "", lineNo, new LinkedHashMap<>());
                entries.add(new Entry(descriptors(line.substring(0, line.length() - 1), lineNo), node));
                indents.push(new int[] {0});
                blocks.push(node);
                continue;
            }
            if (blocks.isEmpty()) {
                throw new FormatException("indented line outside any entry", lineNo);
            }
            String[] kv = keyValue(line, lineNo);
            Node node = new Node(kv[0], kv[1], lineNo, new LinkedHashMap<>());
            blocks.peek().children().putIfAbsent(kv[0], node);
            if (kv[1].isEmpty()) {
                indents.push(new int[] {indent});
                blocks.push(node);
            }
        }
        return entries;
    }

    /** {@code "a@^1", a@^2} (classic) and {@code "a@npm:^1, a@npm:^2"} (berry) → [a@^1, a@^2]. */
    static List<String> descriptors(String header, int line) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < header.length()) {
            while (i < header.length() && (header.charAt(i) == ' ' || header.charAt(i) == ',')) {
                i++;
            }
            if (i >= header.length()) {
                break;
            }
            if (header.charAt(i) == '"') {
                int[] end = new int[1];
                for (String d : unquote(header, i, end, line).split(",")) { // berry quotes the whole list as one string
                    out.add(d.strip());
                }
                i = end[0];
            } else {
                int comma = header.indexOf(',', i);
                int stop = comma < 0 ? header.length() : comma;
                out.add(header.substring(i, stop).strip());
                i = stop;
            }
        }
        return out;
    }

    /** {@code version "1.0.0"} (classic), {@code version: 1.0.0} and {@code "version": 1.0.0} (berry). */
    private static String[] keyValue(String line, int lineNo) {
        String key;
        int i;
        if (line.startsWith("\"")) {
            int[] end = new int[1];
            key = unquote(line, 0, end, lineNo);
            i = end[0];
        } else {
            i = 0;
            while (i < line.length() && line.charAt(i) != ' ' && line.charAt(i) != ':') {
                i++;
            }
            key = line.substring(0, i);
        }
        if (i < line.length() && line.charAt(i) == ':') {
            i++;
        }
        String value = line.substring(i).strip();
        if (value.startsWith("\"")) {
            value = unquote(value, 0, new int[1], lineNo);
        }
        return new String[] {key, value};
    }

    /** The quoted string starting at {@code from}; {@code end[0]} is set past the closing quote. */
    private static String unquote(String s, int from, int[] end, int line) {
        StringBuilder sb = new StringBuilder();
        for (int i = from + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                sb.append(s.charAt(++i));
            } else if (c == '"') {
                end[0] = i + 1;
                return sb.toString();
            } else {
                sb.append(c);
            }
        }
        throw new FormatException("unterminated quoted string", line);
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
