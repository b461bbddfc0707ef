package dev.upkeep.inventory.python;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Reads the regular TOML that lock tools write into the tree Jackson's TOML reader gives, and
 * gives up on anything else.
 *
 * <p>Why by hand: on a generated 3.9 MB uv.lock Jackson's TOML reader took about 60% of the
 * extraction, and kept uv.lock near the 50 MB/s lockfile target under load
 * (docs/benchmarks/scan.md). This reader makes one pass over the characters.
 *
 * <p>The subset: {@code [table]} and {@code [[array]]} headers of bare dotted keys; {@code key =
 * value} lines with a bare key; basic strings on one line without escapes, integers of up to nine
 * digits, {@code true} and {@code false}; arrays (over several lines, a trailing comma allowed) and
 * one-line inline tables of those. Printable ASCII only, LF line breaks, spaces. Anything else
 * (comments, escapes, literal or multi-line strings, other numbers, dates, quoted or dotted keys,
 * tabs, CRs, a key written twice, a table defined twice or extended after it was written inline)
 * makes {@link #read} return null, and the caller parses with Jackson: the answer is the same,
 * only slower, and malformed TOML gets Jackson's error.
 */
final class TomlSubsetReader {
    /** Thrown at the first thing outside the subset; caught by {@link #read}. Carries no stack. */
    private static final class Outside extends RuntimeException {
        Outside() {
            super(null, null, false, false);
        }
    }

    private static final Outside OUTSIDE = new Outside();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String text;
    private final int length;
    private int pos;
    private final ObjectNode root = NODES.objectNode();
    /** Tables made by headers, written or implied by a longer header: the only tables a header may go into (inline ones are closed). */
    private final Set<JsonNode> open = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Tables a header wrote: TOML allows no second {@code [same]}. */
    private final Set<JsonNode> defined = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Arrays made by {@code [[...]]} headers: the only arrays a header may add to. */
    private final Set<JsonNode> tableArrays = Collections.newSetFromMap(new IdentityHashMap<>());
    /** How many inline tables the reader is in: no line break may come inside one. */
    private int inlineDepth;

    private TomlSubsetReader(String text) {
        this.text = text;
        this.length = text.length();
    }

    /** The document as Jackson would read it, or null when {@code text} is outside the subset (or empty). */
    static ObjectNode read(String text) {
        try {
            return new TomlSubsetReader(text).document();
        } catch (Outside e) {
            return null;
        }
    }

    private ObjectNode document() {
        ObjectNode table = root;
        boolean any = false;
        while (pos < length) {
            skipSpaces();
            char c = at(pos);
            if (c == '\n') {
                pos++;
                continue;
            }
            any = true;
            if (c == '[') {
                table = header();
            } else {
                String key = bareKey();
                skipSpaces();
                expect('=');
                skipSpaces();
                put(table, key, value());
            }
            skipSpaces();
            if (pos < length) {
                expect('\n');
            }
        }
        if (!any) {
            throw OUTSIDE; // empty: Toml.parse decides
        }
        return root;
    }

    /** A {@code [a.b]} or {@code [[a.b]]} header; the table that the lines after it fill. */
    private ObjectNode header() {
        boolean array = text.startsWith("[[", pos);
        pos += array ? 2 : 1;
        ObjectNode parent = root;
        String key = bareKey();
        while (at(pos) == '.') {
            pos++;
            parent = descend(parent, key);
            key = bareKey();
        }
        expect(']');
        if (array) {
            expect(']');
        }
        JsonNode existing = parent.get(key);
        ObjectNode table = NODES.objectNode();
        if (array) {
            if (existing == null) {
                ArrayNode tables = parent.putArray(key);
                tableArrays.add(tables);
                existing = tables;
            } else if (!tableArrays.contains(existing)) {
                throw OUTSIDE;
            }
            ((ArrayNode) existing).add(table);
        } else if (existing == null) {
            parent.set(key, table);
        } else if (open.contains(existing) && !defined.contains(existing)) {
            table = (ObjectNode) existing; // implied by an earlier [key.sub] header: now written itself
        } else {
            throw OUTSIDE;
        }
        open.add(table);
        defined.add(table);
        return table;
    }

    /** The table {@code key} of {@code parent} on a header's path: made if missing, the latest element of a table array. */
    private ObjectNode descend(ObjectNode parent, String key) {
        JsonNode child = parent.get(key);
        if (child == null) {
            ObjectNode implied = parent.putObject(key);
            open.add(implied);
            return implied;
        }
        if (tableArrays.contains(child)) {
            child = child.get(child.size() - 1);
        }
        if (open.contains(child)) {
            return (ObjectNode) child;
        }
        throw OUTSIDE; // a value, a static array, an inline table: closed to headers
    }

    private JsonNode value() {
        char c = at(pos);
        if (c == '"') {
            return NODES.textNode(basicString());
        }
        if (c == '[') {
            return array();
        }
        if (c == '{') {
            return inlineTable();
        }
        if (c >= '0' && c <= '9') {
            return integer();
        }
        boolean yes = text.startsWith("true", pos);
        int end = pos + (yes ? 4 : 5);
        if (!(yes || text.startsWith("false", pos)) || bare(at(end))) {
            throw OUTSIDE; // a float, a date, inf, a word
        }
        pos = end;
        return NODES.booleanNode(yes);
    }

    private String basicString() {
        int start = pos + 1;
        if (text.startsWith("\"\"\"", pos)) {
            throw OUTSIDE;
        }
        int end = start;
        while (true) {
            char c = at(end);
            if (c == '"') {
                break;
            }
            if (c < ' ' || c > '~' || c == '\\') {
                throw OUTSIDE; // an escape, a line break, a tab, the end, non-ASCII
            }
            end++;
        }
        pos = end + 1;
        return text.substring(start, end);
    }

    private JsonNode integer() {
        int start = pos;
        while (at(pos) >= '0' && at(pos) <= '9') {
            pos++;
        }
        int digits = pos - start;
        if (digits > 9 || digits > 1 && text.charAt(start) == '0' || bare(at(pos)) || at(pos) == '.') {
            throw OUTSIDE; // long, leading zero, 1_000, 1e3, 1.5, a date
        }
        return NODES.numberNode(Integer.parseInt(text, start, pos, 10));
    }

    /** {@code [a, b,]}, over as many lines as it takes. */
    private ArrayNode array() {
        ArrayNode out = NODES.arrayNode();
        pos++;
        skipBlank();
        while (at(pos) != ']') {
            out.add(value());
            skipBlank();
            if (at(pos) == ',') {
                pos++;
                skipBlank();
            } else if (at(pos) != ']') {
                throw OUTSIDE;
            }
        }
        pos++;
        return out;
    }

    /** {@code { a = 1, b = "x" }} on one line. */
    private ObjectNode inlineTable() {
        ObjectNode out = NODES.objectNode();
        inlineDepth++;
        pos++;
        skipSpaces();
        while (at(pos) != '}') {
            String key = bareKey();
            skipSpaces();
            expect('=');
            skipSpaces();
            put(out, key, value());
            skipSpaces();
            if (at(pos) == ',') {
                pos++;
                skipSpaces();
                if (at(pos) == '}') {
                    throw OUTSIDE; // a trailing comma: not TOML 1.0
                }
            } else if (at(pos) != '}') {
                throw OUTSIDE;
            }
        }
        pos++;
        inlineDepth--;
        return out;
    }

    private void put(ObjectNode table, String key, JsonNode value) {
        if (table.has(key)) {
            throw OUTSIDE; // a key written twice, or a table a header already made
        }
        table.set(key, value);
    }

    private String bareKey() {
        int start = pos;
        while (bare(at(pos))) {
            pos++;
        }
        if (pos == start) {
            throw OUTSIDE; // a quoted key, a comment, something else
        }
        return text.substring(start, pos);
    }

    private static boolean bare(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_';
    }

    private void expect(char c) {
        if (at(pos) != c) {
            throw OUTSIDE;
        }
        pos++;
    }

    /** The character at {@code i}, or 0 past the end. */
    private char at(int i) {
        return i < length ? text.charAt(i) : 0;
    }

    private void skipSpaces() {
        while (at(pos) == ' ') {
            pos++;
        }
    }

    /** Spaces and line breaks, inside an array (line breaks only outside inline tables). */
    private void skipBlank() {
        while (at(pos) == ' ' || at(pos) == '\n') {
            if (at(pos) == '\n' && inlineDepth > 0) {
                throw OUTSIDE;
            }
            pos++;
        }
    }
}
