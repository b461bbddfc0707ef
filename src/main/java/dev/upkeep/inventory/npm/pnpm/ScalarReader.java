package dev.upkeep.inventory.npm.pnpm;

/**
 * The one-line scalars of {@link SubsetComposer}'s subset. Each read takes where the scalar starts
 * and where the line's content ends, returns its text (or null for anything outside the subset,
 * rather than guessing how SnakeYAML would read it) and leaves in {@link #next} the index just
 * after the scalar and in {@link #plain} whether it was unquoted. One reader serves a whole
 * document, so reading allocates nothing but the text.
 */
final class ScalarReader {
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

    private final String t;
    /** After a read: the index just after the scalar (after its colon, for a block key; where it stopped, for a flow scalar). */
    int next;
    /** After a read: whether the scalar was plain (unquoted), so that {@code ~} or {@code null} means null. */
    boolean plain;

    /** {@code text} must hold printable ASCII only on the lines read; {@link SubsetComposer} checks each line. */
    ScalarReader(String text) {
        this.t = text;
    }

    /** A block mapping key at {@code i} with its colon, which a space or the line's end must follow. */
    String key(int i, int end) {
        char c = t.charAt(i);
        if (c == '\'' || c == '"') {
            String k = quoted(i, end);
            if (k == null || !colon(next, end)) {
                return null;
            }
            next++;
            return k;
        }
        if (!plainStart(i, end, false)) {
            return null;
        }
        int j = i;
        while (j < end && !colon(j, end)) {
            if (t.charAt(j) == '#' && t.charAt(j - 1) == ' ') {
                return null; // a comment
            }
            j++;
        }
        if (j == end || t.charAt(j - 1) == ' ' || j == i + 2 && t.startsWith("<<", i)) {
            return null; // no colon, a space before it, a merge key
        }
        next = j + 1;
        plain = true;
        return t.substring(i, j);
    }

    /** A block value at {@code i}: a quoted scalar, or a plain one that runs to the line's end. */
    String blockValue(int i, int end) {
        char c = t.charAt(i);
        if (c == '\'' || c == '"') {
            return quoted(i, end);
        }
        if (!plainStart(i, end, false)) {
            return null;
        }
        for (int j = i; j < end; j++) {
            char d = t.charAt(j);
            if (d == ':' && (j + 1 == end || t.charAt(j + 1) == ' ') || d == '#' && t.charAt(j - 1) == ' ') {
                return null; // a nested mapping, a comment
            }
        }
        next = end;
        plain = true;
        return t.substring(i, end);
    }

    /**
     * A scalar inside a flow collection: quoted, or plain up to the next {@code , [ ] { }} (for a
     * key, up to its {@code ": "}). {@link #next} is where the scalar stops, spaces included.
     */
    String flowScalar(int i, int end, boolean key) {
        char c = t.charAt(i);
        if (c == '\'' || c == '"') {
            return quoted(i, end);
        }
        if (!plainStart(i, end, true)) {
            return null;
        }
        int j = i;
        for (; j < end; j++) {
            char d = t.charAt(j);
            if (!FLOW_STOP[d]) {
                continue;
            }
            if (d == '#' || d == '?') {
                return null;
            }
            if (d != ':') {
                break;
            }
            char after = j + 1 < end ? t.charAt(j + 1) : ' ';
            if (key && after == ' ') {
                break;
            }
            if (after == ' ' || flowIndicator(after)) {
                return null;
            }
        }
        next = j;
        int last = j;
        while (t.charAt(last - 1) == ' ') {
            last--;
        }
        plain = true;
        return t.substring(i, last);
    }

    /** A single- or double-quoted scalar that closes on its line. */
    private String quoted(int i, int end) {
        plain = false;
        return t.charAt(i) == '\'' ? singleQuoted(i, end) : doubleQuoted(i, end);
    }

    private String singleQuoted(int i, int end) {
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
            next = q + 1;
            return sb == null ? t.substring(from, q) : sb.append(t, from, q).toString();
        }
    }

    private String doubleQuoted(int i, int end) {
        StringBuilder sb = null;
        int from = i + 1;
        for (int j = from; j < end; j++) {
            char c = t.charAt(j);
            if (c == '"') {
                next = j + 1;
                return sb == null ? t.substring(from, j) : sb.append(t, from, j).toString();
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
                        int code = j + 6 <= end ? hex4(j + 2) : -1;
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

    private int hex4(int i) {
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

    /** The value just read: null where SnakeYAML's resolver makes a plain scalar null ({@code ~}, {@code null}, ...). */
    YamlValue.Scalar value(String text) {
        boolean isNull = plain && text.length() <= 4 && switch (text) {
            case "~", "null", "Null", "NULL" -> true;
            default -> false;
        };
        return isNull ? YamlValue.Scalar.NULL : new YamlValue.Scalar(text);
    }

    /** Whether a plain scalar may start at {@code i}: a letter, a digit, a few safe signs, or {@code -} before a non-space. */
    private boolean plainStart(int i, int end, boolean flow) {
        char c = t.charAt(i);
        if (PLAIN_START[c]) {
            return true;
        }
        if (c != '-' || i + 1 >= end) {
            return false;
        }
        char after = t.charAt(i + 1);
        return after != ' ' && !(flow && flowIndicator(after));
    }

    /** A mapping's colon at {@code i}: followed by a space or the line's end. */
    private boolean colon(int i, int end) {
        return i < end && t.charAt(i) == ':' && (i + 1 == end || t.charAt(i + 1) == ' ');
    }

    private static boolean flowIndicator(char c) {
        return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
    }

    static int skipSpaces(String t, int i, int end) {
        while (i < end && t.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
