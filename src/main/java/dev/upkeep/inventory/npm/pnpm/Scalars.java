package dev.upkeep.inventory.npm.pnpm;

import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The one-line scalars of {@link SubsetComposer}'s subset. Each reader takes the text, where the
 * scalar starts and where the line's content ends, and returns null for anything outside the
 * subset rather than guessing how SnakeYAML would read it.
 */
final class Scalars {
    /** A scalar as read: its text, how it was written, and the index just after it (after the colon, for a key). */
    record Read(String text, ScalarStyle style, int end) {}

    /** Per ASCII character: may a plain scalar start with it? Never an indicator ({@code - ? : , [ ] { } # & * ! | > ' " % @ `}). */
    private static final boolean[] PLAIN_START = new boolean[128];
    /** Per ASCII character: does it end a plain scalar in a flow collection ({@code , [ ] { }}), or leave the subset ({@code # ? :})? */
    private static final boolean[] FLOW_STOP = new boolean[128];

    static {
        for (char c = '0'; c <= 'z'; c++) {
            PLAIN_START[c] = Character.isLetterOrDigit(c);
        }
        for (char c : "./_~^+=<($;".toCharArray()) {
            PLAIN_START[c] = true;
        }
        for (char c : ",[]{}#?:".toCharArray()) {
            FLOW_STOP[c] = true;
        }
    }

    private Scalars() {}

    /** A block mapping key at {@code i} with its colon, which a space or the line's end must follow. */
    static Read key(String t, int i, int end) {
        Read k;
        char c = t.charAt(i);
        if (c == '\'' || c == '"') {
            k = quoted(t, i, end);
        } else {
            int j = plainStart(t, i, end, false) ? i : end;
            while (j < end && !(t.charAt(j) == ':' && (j + 1 == end || t.charAt(j + 1) == ' '))) {
                if (t.charAt(j) == '#' && t.charAt(j - 1) == ' ') {
                    return null; // a comment
                }
                j++;
            }
            String text = t.substring(i, j);
            k = j == end || t.charAt(j - 1) == ' ' || text.equals("<<") ? null : new Read(text, ScalarStyle.PLAIN, j);
        }
        if (k == null || k.end() >= end || t.charAt(k.end()) != ':' || k.end() + 1 < end && t.charAt(k.end() + 1) != ' ') {
            return null;
        }
        return new Read(k.text(), k.style(), k.end() + 1);
    }

    /** A block value at {@code i}: a quoted scalar, or a plain one that runs to the line's end. */
    static Read blockValue(String t, int i, int end) {
        char c = t.charAt(i);
        if (c == '\'' || c == '"') {
            return quoted(t, i, end);
        }
        if (!plainStart(t, i, end, false)) {
            return null;
        }
        for (int j = i; j < end; j++) {
            char d = t.charAt(j);
            if (d == ':' && (j + 1 == end || t.charAt(j + 1) == ' ') || d == '#' && t.charAt(j - 1) == ' ') {
                return null; // a nested mapping, a comment
            }
        }
        return new Read(t.substring(i, end), ScalarStyle.PLAIN, end);
    }

    /**
     * A scalar inside a flow collection: quoted, or plain up to the next {@code , [ ] { }} (for a
     * key, up to its {@code ": "}). The index returned is where the scalar stops, spaces included.
     */
    static Read flowScalar(String t, int i, int end, boolean key) {
        char c = t.charAt(i);
        if (c == '\'' || c == '"') {
            return quoted(t, i, end);
        }
        if (!plainStart(t, i, end, true)) {
            return null;
        }
        int j = i;
        for (; j < end; j++) {
            char d = t.charAt(j);
            if (!FLOW_STOP[d]) {
                continue; // the text holds ASCII only: SubsetComposer checked each line
            }
            if (d == '#' || d == '?') {
                return null;
            }
            if (d != ':') {
                break;
            }
            char next = j + 1 < end ? t.charAt(j + 1) : ' ';
            if (key && next == ' ') {
                break;
            }
            if (next == ' ' || flowIndicator(next)) {
                return null;
            }
        }
        int last = j;
        while (t.charAt(last - 1) == ' ') {
            last--;
        }
        return new Read(t.substring(i, last), ScalarStyle.PLAIN, j);
    }

    /** A single- or double-quoted scalar that closes on its line. */
    static Read quoted(String t, int i, int end) {
        return t.charAt(i) == '\'' ? singleQuoted(t, i, end) : doubleQuoted(t, i, end);
    }

    private static Read singleQuoted(String t, int i, int end) {
        StringBuilder sb = null;
        int from = i + 1;
        while (true) {
            int q = t.indexOf('\'', from);
            if (q < 0 || q >= end) {
                return null; // continues on the next line
            }
            if (q + 1 < end && t.charAt(q + 1) == '\'') {
                sb = (sb == null ? new StringBuilder() : sb).append(t, from, q).append('\'');
                from = q + 2;
                continue;
            }
            String text = sb == null ? t.substring(from, q) : sb.append(t, from, q).toString();
            return new Read(text, ScalarStyle.SINGLE_QUOTED, q + 1);
        }
    }

    private static Read doubleQuoted(String t, int i, int end) {
        StringBuilder sb = null;
        int from = i + 1;
        for (int j = from; j < end; j++) {
            char c = t.charAt(j);
            if (c == '"') {
                String text = sb == null ? t.substring(from, j) : sb.append(t, from, j).toString();
                return new Read(text, ScalarStyle.DOUBLE_QUOTED, j + 1);
            }
            if (c == '\\') {
                if (j + 1 >= end) {
                    return null;
                }
                sb = (sb == null ? new StringBuilder() : sb).append(t, from, j);
                char e = t.charAt(j + 1);
                int skip = 1;
                switch (e) {
                    case '\\', '"' -> sb.append(e);
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        int code = j + 6 <= end ? hex4(t, j + 2) : -1;
                        if (code < 0) {
                            return null;
                        }
                        sb.append((char) code);
                        skip = 5;
                    }
                    default -> {
                        return null; // escapes the subset leaves to SnakeYAML
                    }
                }
                j += skip;
                from = j + 1;
            }
        }
        return null;
    }

    private static int hex4(String t, int i) {
        int code = 0;
        for (int k = i; k < i + 4; k++) {
            int d = Character.digit(t.charAt(k), 16);
            if (d < 0) {
                return -1;
            }
            code = code * 16 + d;
        }
        return code;
    }

    /** Whether a plain scalar may start at {@code i}: a letter, a digit, a few safe signs, or {@code -} before a non-space. */
    private static boolean plainStart(String t, int i, int end, boolean flow) {
        char c = t.charAt(i);
        if (PLAIN_START[c]) {
            return true;
        }
        if (c != '-' || i + 1 >= end) {
            return false;
        }
        char next = t.charAt(i + 1);
        return next != ' ' && !(flow && flowIndicator(next));
    }

    private static boolean flowIndicator(char c) {
        return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
    }

    /** The node SnakeYAML composes: tagged null where its resolver says so ({@code ~}, {@code null}, ...), else str. */
    static ScalarNode node(Read r, Mark mark) {
        boolean isNull = r.style() == ScalarStyle.PLAIN && r.text().length() <= 4 && switch (r.text()) {
            case "", "~", "null", "Null", "NULL" -> true;
            default -> false;
        };
        return new ScalarNode(isNull ? Tag.NULL : Tag.STR, r.text(), mark, mark, r.style());
    }

    static int skipSpaces(String t, int i, int end) {
        while (i < end && t.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
