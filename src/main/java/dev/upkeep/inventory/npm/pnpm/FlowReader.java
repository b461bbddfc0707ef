package dev.upkeep.inventory.npm.pnpm;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
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
    private final ScalarReader scalars;
    private final int end;
    private final Mark mark;
    private int pos;

    FlowReader(String text, ScalarReader scalars, int end, Mark mark) {
        this.text = text;
        this.scalars = scalars;
        this.end = end;
        this.mark = mark;
    }

    /** Where reading stopped: just after the closing bracket. */
    int position() {
        return pos;
    }

    MappingNode mapping(int open) {
        List<NodeTuple> tuples = new ArrayList<>();
        pos = ScalarReader.skipSpaces(text, open + 1, end);
        while (!at('}')) {
            ScalarNode key = scalar(true);
            if (key == null || !at(':') || pos + 1 >= end || text.charAt(pos + 1) != ' ') {
                return null;
            }
            pos = ScalarReader.skipSpaces(text, pos + 2, end);
            ScalarNode value = scalar(false);
            if (value == null || !separator('}')) {
                return null;
            }
            tuples.add(new NodeTuple(key, value));
        }
        pos++;
        return new MappingNode(Tag.MAP, true, tuples, mark, mark, FlowStyle.FLOW);
    }

    SequenceNode sequence(int open) {
        List<Node> items = new ArrayList<>();
        pos = ScalarReader.skipSpaces(text, open + 1, end);
        while (!at(']')) {
            ScalarNode item = scalar(false);
            if (item == null || !separator(']')) {
                return null;
            }
            items.add(item);
        }
        pos++;
        return new SequenceNode(Tag.SEQ, true, items, mark, mark, FlowStyle.FLOW);
    }

    private ScalarNode scalar(boolean key) {
        if (pos >= end || text.charAt(pos) == '{' || text.charAt(pos) == '[') {
            return null;
        }
        ScalarNode node = scalars.flowScalar(pos, end, key, mark);
        if (node != null) {
            pos = ScalarReader.skipSpaces(text, scalars.next, end);
        }
        return node;
    }

    /** After an entry: a comma and another entry, or the closing bracket (left for the caller's loop). */
    private boolean separator(char close) {
        if (at(',')) {
            pos = ScalarReader.skipSpaces(text, pos + 1, end);
            return pos < end && text.charAt(pos) != close && text.charAt(pos) != ',';
        }
        return at(close);
    }

    private boolean at(char c) {
        return pos < end && text.charAt(pos) == c;
    }
}
