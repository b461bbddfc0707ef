package dev.upkeep.inventory.npm.pnpm;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Composes a pnpm lockfile into the node graph SnakeYAML's composer would give, for the regular
 * subset of YAML that pnpm writes, and gives up on anything else.
 *
 * <p>Why by hand: on a generated 2 MB pnpm 9 lockfile SnakeYAML composed at 13–17 MB/s, and its
 * bare event stream ran at 19–40 MB/s: below the 50 MB/s lockfile target before any lockfile logic
 * ran (docs/benchmarks/scan.md). This reader does one pass over the characters, line by line.
 *
 * <p>The subset: documents separated by {@code ---} lines, each a block mapping at column 0;
 * block mappings and block sequences indented by spaces (a sequence more indented than its key);
 * on one line, plain, single-quoted and double-quoted scalars (escapes {@code \\ \" \n \t \\uXXXX}),
 * and flow mappings and sequences of scalars ({@code {integrity: sha512-...}}, {@code [x64]}).
 * Printable ASCII only, LF or CRLF line breaks. Anything else (comments, anchors, aliases, tags,
 * multi-line or block scalars, tabs, indentless sequences, nested flows, a plain scalar that
 * holds {@code ": "} or {@code " #"}, an empty document, non-ASCII text) makes {@link #compose}
 * return null, and the caller composes with SnakeYAML: the answer is the same, only slower, and
 * malformed YAML gets SnakeYAML's error. Like SnakeYAML's composer, duplicate keys are kept.
 * Scalars are tagged {@code null} where SnakeYAML resolves them to null and {@code str} otherwise;
 * marks carry the line only.
 */
final class SubsetComposer {
    /** Thrown at the first thing outside the subset; caught by {@link #compose}. Carries no stack. */
    private static final class Outside extends RuntimeException {
        Outside() {
            super(null, null, false, false);
        }
    }

    private static final Outside OUTSIDE = new Outside();
    private static final int[] NO_SNIPPET = new int[0];
    /** Deeper than any lockfile, and below SnakeYAML's nesting limit, which then reports the error. */
    private static final int MAX_DEPTH = 40;

    private final String text;
    private final int length;
    private final ScalarReader scalars;
    /** The current line: where it starts, its first non-space character, the end of its content. */
    private int lineStart;
    private int start;
    private int end;
    private int line;
    private Mark mark;

    private SubsetComposer(String text) {
        this.text = text;
        this.length = text.length();
        this.scalars = new ScalarReader(text);
    }

    /** The documents of {@code text} as SnakeYAML would compose them, or null when the text is outside the subset. */
    static List<Node> compose(String text) {
        try {
            return new SubsetComposer(text).documents();
        } catch (Outside e) {
            return null;
        }
    }

    private List<Node> documents() {
        List<Node> docs = new ArrayList<>();
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

    private Node mapping(int indent, int depth) {
        depth(depth);
        Mark first = mark();
        List<NodeTuple> tuples = new ArrayList<>();
        while (true) {
            skipBlank();
            int at = start - lineStart;
            if (eof() || at < indent || indent == 0 && marker()) {
                break;
            }
            if (at > indent || sequenceItem()) {
                throw OUTSIDE;
            }
            ScalarNode key = scalars.key(start, end, mark());
            if (key == null) {
                throw OUTSIDE;
            }
            int value = ScalarReader.skipSpaces(text, scalars.next, end);
            if (value < end) {
                tuples.add(new NodeTuple(key, inline(value, depth)));
                advance();
                continue;
            }
            Mark keyMark = mark;
            advance();
            skipBlank();
            int next = start - lineStart;
            if (!eof() && next > indent) {
                tuples.add(new NodeTuple(key, sequenceItem() ? sequence(next, depth + 1) : mapping(next, depth + 1)));
            } else if (!eof() && next == indent && sequenceItem()) {
                throw OUTSIDE; // an indentless sequence
            } else {
                tuples.add(new NodeTuple(key, new ScalarNode(Tag.NULL, "", keyMark, keyMark, ScalarStyle.PLAIN)));
            }
        }
        return new MappingNode(Tag.MAP, true, tuples, first, first, FlowStyle.BLOCK);
    }

    private Node sequence(int indent, int depth) {
        depth(depth);
        Mark first = mark();
        List<Node> items = new ArrayList<>();
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
        return new SequenceNode(Tag.SEQ, true, items, first, first, FlowStyle.BLOCK);
    }

    /** The value that fills the rest of the line from {@code from}: a scalar or a one-line flow collection. */
    private Node inline(int from, int depth) {
        char c = text.charAt(from);
        Node node;
        int after;
        if (c == '{' || c == '[') {
            depth(depth + 1);
            FlowReader flow = new FlowReader(text, scalars, end, mark());
            node = c == '{' ? flow.mapping(from) : flow.sequence(from);
            after = flow.position();
        } else {
            node = scalars.blockValue(from, end, mark());
            after = scalars.next;
        }
        if (node == null) {
            throw OUTSIDE;
        }
        if (ScalarReader.skipSpaces(text, after, end) != end) {
            throw OUTSIDE;
        }
        return node;
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
        mark = null;
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

    private Mark mark() {
        if (mark == null) {
            mark = new Mark("pnpm-lock.yaml", start, line, start - lineStart, NO_SNIPPET, 0); // SnakeYAML's snippet buffer is unused
        }
        return mark;
    }
}
