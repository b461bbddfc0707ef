package dev.upkeep.inventory.npm.pnpm;

import dev.upkeep.inventory.FormatException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * pnpm-lock.yaml as SnakeYAML's node graph: composed, never constructed into Java objects, so every
 * node keeps its line and no tag can instantiate anything. The regular YAML pnpm writes is composed
 * by {@link SubsetComposer}, which builds the same graph faster.
 */
final class Yaml {
    /** A key of a mapping, its line and its value. */
    record Entry(String key, int line, Node value) {}

    private Yaml() {}

    /** Every document of {@code text} (pnpm 11 writes two): {@link SubsetComposer} when it can, else SnakeYAML. */
    static List<Node> documents(String text) {
        List<Node> fast = SubsetComposer.compose(text);
        return fast != null ? fast : composeAll(text);
    }

    /** Every document of {@code text}, composed by SnakeYAML. */
    static List<Node> composeAll(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Math.max(text.length() + 1, 3 * 1024 * 1024)); // the caller already capped the file size
        options.setAllowDuplicateKeys(false);
        try {
            List<Node> out = new ArrayList<>();
            for (Node doc : new org.yaml.snakeyaml.Yaml(options).composeAll(new StringReader(text))) {
                if (doc != null) {
                    out.add(doc);
                }
            }
            return out;
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new FormatException("malformed YAML: " + (e.getProblem() != null ? e.getProblem() : e.getMessage()),
                    m == null ? 0 : m.getLine() + 1, e);
        } catch (YAMLException e) {
            throw new FormatException("malformed YAML: " + e.getMessage(), 0, e);
        }
    }

    /** The value under {@code key}, or null. */
    static Node get(Node map, String key) {
        if (map instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return t.getValueNode();
                }
            }
        }
        return null;
    }

    /** The entries of a mapping with scalar keys, in file order; empty for anything else (an empty {@code key:} is null). */
    static List<Entry> entries(Node map) {
        if (!(map instanceof MappingNode m)) {
            return List.of();
        }
        List<Entry> out = new ArrayList<>(m.getValue().size());
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k) {
                out.add(new Entry(k.getValue(), line(k), t.getValueNode()));
            }
        }
        return out;
    }

    /** Each entry of a mapping with scalar keys, in file order, without collecting them; nothing for anything else. */
    static void forEach(Node map, BiConsumer<String, Node> action) {
        if (map instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) {
                    action.accept(k.getValue(), t.getValueNode());
                }
            }
        }
    }

    /** A scalar's text; null for a missing node, YAML null or a collection. */
    static String text(Node node) {
        if (node instanceof ScalarNode s && !Tag.NULL.equals(s.getTag())) {
            return s.getValue();
        }
        return null;
    }

    static String text(Node map, String key) {
        return text(get(map, key));
    }

    static boolean isTrue(Node map, String key) {
        return "true".equals(text(map, key));
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }
}
