package dev.upkeep.inventory.npm.pnpm;

import java.util.ArrayList;
import java.util.List;

/**
 * Composes a pnpm lockfile into the values SnakeYAML's composer would give (as {@link YamlValue}),
 * for the regular subset of YAML that pnpm writes, and gives up on anything else.
 *
 * <p>Why by hand: on a generated 2 MB pnpm 9 lockfile SnakeYAML composed at 13–17 MB/s, and its
 * bare event stream ran at 19–40 MB/s: below the 50 MB/s lockfile target before any lockfile logic
 * ran (docs/benchmarks/scan.md). This reader does one pass over the characters, line by line.
 *
 * <p>The subset: documents separated by {@code ---} lines, each a block mapping at column 0;
 * block mappings and block sequences indented by spaces (a sequence more indented than its key);
 * on one line, plain, single-quoted and double-quoted scalars (the escapes backslash, quote,
 * {@code n}, {@code t} and {@code u} with four hex digits), and flow mappings and sequences of
 * scalars ({@code {integrity: sha512-...}}, {@code [x64]}).
 * Printable ASCII only, LF or CRLF line breaks. Anything else (comments, anchors, aliases, tags,
 * multi-line or block scalars, tabs, indentless sequences, nested flows, a plain scalar that
 * holds {@code ": "} or {@code " #"}, an empty document, non-ASCII text) makes {@link #compose}
 * return null, and the caller composes with SnakeYAML: the answer is the same, only slower, and
 * malformed YAML gets SnakeYAML's error. Like SnakeYAML's composer, duplicate keys are kept, and
 * a plain {@code ~}, {@code null} or empty value is null.
 */
final class SubsetComposer {
    /** Thrown at the first thing outside the subset; caught by {@link #compose}. Carries no stack. */
    private static final class Outside extends RuntimeException {
        Outside() {
            super(null, null, false, false);
        }
    }

    private static final Outside OUTSIDE = new Outside();
    /** Deeper than any lockfile, and below SnakeYAML's nesting limit, which then reports the error. */
    private static final int MAX_DEPTH = 40;

    private final String text;
    private final int length;
    private final ScalarReader scalars;
    /** The current line: where it starts, its first non-space character, the end of its content, its number (1-based). */
    private int lineStart;
    private int start;
    private int end;
    private int line = 1;

    private SubsetComposer(String text) {
        this.text = text;
        this.length = text.length();
        this.scalars = new ScalarReader(text);
    }

    /** The documents of {@code text} as SnakeYAML would compose them, or null when the text is outside the subset. */
    static List<YamlValue> compose(String text) {
        try {
            return new SubsetComposer(text).documents();
        } catch (Outside e) {
            return null;
        }
    }

    private List<YamlValue> documents() {
        List<YamlValue> docs = new ArrayList<>();
        readLine();
        skipBlank();
        while (!eof()) {
            if (documentStart()) {
                advance();
                skipBlank();
            }
            if (eof() || start != lineStart || documentStart()) {
                throw OUTSIDE; // an empty document, or one that is no mapping at column 0
            }
            docs.add(mapping(0, 1));
            if (!eof() && !documentStart()) {
                throw OUTSIDE;
            }
        }
        if (docs.isEmpty()) {
            throw OUTSIDE;
        }
        return docs;
    }

    private YamlValue mapping(int indent, int depth) {
        depth(depth);
        YamlValue.Mapping out = new YamlValue.Mapping();
        while (true) {
            skipBlank();
            int at = start - lineStart;
            if (eof() || at < indent || indent == 0 && marker()) {
                break;
            }
            if (at > indent || sequenceItem()) {
                throw OUTSIDE;
            }
            String key = scalars.key(start, end);
            if (key == null) {
                throw OUTSIDE;
            }
            int keyLine = line;
            int value = ScalarReader.skipSpaces(text, scalars.next, end);
            if (value < end) {
                out.add(key, keyLine, inline(value, depth));
                advance();
                continue;
            }
            advance();
            skipBlank();
            int next = start - lineStart;
            if (!eof() && next > indent) {
                out.add(key, keyLine, sequenceItem() ? sequence(next, depth + 1) : mapping(next, depth + 1));
            } else if (!eof() && next == indent && sequenceItem()) {
                throw OUTSIDE; // an indentless sequence
            } else {
                out.add(key, keyLine, YamlValue.Scalar.NULL);
            }
        }
        return out;
    }

    private YamlValue sequence(int indent, int depth) {
        depth(depth);
        List<YamlValue> items = new ArrayList<>();
        while (true) {
            skipBlank();
            int at = start - lineStart;
            if (eof() || at < indent) {
                break;
            }
            if (at > indent || !sequenceItem()) {
                throw OUTSIDE;
            }
            int value = ScalarReader.skipSpaces(text, start + 1, end);
            if (value == end) {
                throw OUTSIDE; // the item is a block on the next lines
            }
            items.add(inline(value, depth));
            advance();
        }
        return new YamlValue.Sequence(items);
    }

    /** The value that fills the rest of the line from {@code from}: a scalar or a one-line flow collection. */
    private YamlValue inline(int from, int depth) {
        char c = text.charAt(from);
        YamlValue value;
        int after;
        if (c == '{' || c == '[') {
            depth(depth + 1);
            FlowReader flow = new FlowReader(text, scalars, end, line);
            value = c == '{' ? flow.mapping(from) : flow.sequence(from);
            after = flow.position();
        } else {
            String s = scalars.blockValue(from, end);
            value = s == null ? null : scalars.value(s);
            after = scalars.next;
        }
        if (value == null || ScalarReader.skipSpaces(text, after, end) != end) {
            throw OUTSIDE;
        }
        return value;
    }

    private boolean sequenceItem() {
        return text.charAt(start) == '-' && (start + 1 == end || text.charAt(start + 1) == ' ');
    }

    /** A {@code ---} or {@code ...} line at column 0. */
    private boolean marker() {
        return start == lineStart && end - start >= 3 && (text.startsWith("---", start) || text.startsWith("...", start));
    }

    /** A {@code ---} line with nothing after it; any other marker line is outside the subset. */
    private boolean documentStart() {
        if (!marker()) {
            return false;
        }
        if (text.charAt(start) == '.' || ScalarReader.skipSpaces(text, start + 3, end) != end) {
            throw OUTSIDE;
        }
        return true;
    }

    private static void depth(int depth) {
        if (depth > MAX_DEPTH) {
            throw OUTSIDE;
        }
    }

    private boolean eof() {
        return lineStart >= length;
    }

    private void skipBlank() {
        while (!eof() && start == end) {
            advance();
        }
    }

    /** Reads the line at {@link #lineStart}: its indentation and content; any character outside the subset ends the reading. */
    private void readLine() {
        int i = lineStart;
        while (i < length && text.charAt(i) == ' ') {
            i++;
        }
        start = i;
        while (i < length) {
            char c = text.charAt(i);
            if (c < ' ' || c > '~') {
                if (c == '\n' || c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    break;
                }
                throw OUTSIDE; // tabs, control characters, lone CRs, non-ASCII
            }
            i++;
        }
        end = i;
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
    }

    private void advance() {
        int i = end;
        while (i < length && text.charAt(i) != '\n') {
            i++;
        }
        lineStart = Math.min(length, i + 1);
        line++;
        readLine();
    }

}
