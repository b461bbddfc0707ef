package dev.upkeep.inventory.npm.pnpm;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A one-line flow mapping or sequence of scalars for {@link SubsetComposer}:
 * {@code {integrity: sha512-..., tarball: https://...}}, {@code [x64, arm64]}, {@code {}}. Null for
 * anything else: a nested collection, a missing value, a trailing comma, a collection that
 * continues on the next line.
 */
final class FlowReader {
    private final String text;
    private final int end;
    private final Mark mark;
    private int pos;

    FlowReader(String text, int end, Mark mark) {
        this.text = text;
        this.end = end;
        this.mark = mark;
    }

    /** Where reading stopped: just after the closing bracket. */
    int position() {
        return pos;
    }

    MappingNode mapping(int open) {
        List<NodeTuple> tuples = new ArrayList<>();
        pos = Scalars.skipSpaces(text, open + 1, end);
        while (!at('}')) {
            Scalars.Read key = scalar(true);
            if (key == null || !at(':') || pos + 1 >= end || text.charAt(pos + 1) != ' ') {
                return null;
            }
            pos = Scalars.skipSpaces(text, pos + 2, end);
            Scalars.Read value = scalar(false);
            if (value == null || !separator('}')) {
                return null;
            }
            tuples.add(new NodeTuple(Scalars.node(key, mark), Scalars.node(value, mark)));
        }
        pos++;
        return new MappingNode(Tag.MAP, true, tuples, mark, mark, FlowStyle.FLOW);
    }

    SequenceNode sequence(int open) {
        List<Node> items = new ArrayList<>();
        pos = Scalars.skipSpaces(text, open + 1, end);
        while (!at(']')) {
            Scalars.Read item = scalar(false);
            if (item == null || !separator(']')) {
                return null;
            }
            items.add(Scalars.node(item, mark));
        }
        pos++;
        return new SequenceNode(Tag.SEQ, true, items, mark, mark, FlowStyle.FLOW);
    }

    private Scalars.Read scalar(boolean key) {
        if (pos >= end || text.charAt(pos) == '{' || text.charAt(pos) == '[') {
            return null;
        }
        Scalars.Read r = Scalars.flowScalar(text, pos, end, key);
        if (r != null) {
            pos = Scalars.skipSpaces(text, r.end(), end);
        }
        return r;
    }

    /** After an entry: a comma and another entry, or the closing bracket (left for the caller's loop). */
    private boolean separator(char close) {
        if (at(',')) {
            pos = Scalars.skipSpaces(text, pos + 1, end);
            return pos < end && text.charAt(pos) != close && text.charAt(pos) != ',';
        }
        return at(close);
    }

    private boolean at(char c) {
        return pos < end && text.charAt(pos) == c;
    }
}
