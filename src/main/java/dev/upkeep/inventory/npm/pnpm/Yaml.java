package dev.upkeep.inventory.npm.pnpm;

import dev.upkeep.inventory.FormatException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * pnpm-lock.yaml composed, never constructed into Java objects, so every key keeps its line and no
 * tag can instantiate anything. The regular YAML pnpm writes is composed by {@link SubsetComposer};
 * anything else by SnakeYAML, whose node graph is then converted. Navigation never fails: a missing
 * key or a value of the wrong shape is null or empty.
 */
final class Yaml {
    /** A key of a mapping, its line and its value. */
    record Entry(String key, int line, YamlValue value) {}

    private Yaml() {}

    /** Every document of {@code text} (pnpm 11 writes two): {@link SubsetComposer} when it can, else SnakeYAML. */
    static List<YamlValue> documents(String text) {
        List<YamlValue> fast = SubsetComposer.compose(text);
        return fast != null ? fast : composeAll(text);
    }

    /** Every document of {@code text}, composed by SnakeYAML. */
    static List<YamlValue> composeAll(String text) {
        List<YamlValue> out = new ArrayList<>();
        Map<Node, YamlValue> converted = new IdentityHashMap<>(); // aliases share a node, and may loop back to it
        for (Node doc : snakeYaml(text)) {
            out.add(convert(doc, converted));
        }
        return out;
    }

    /** SnakeYAML's node graphs of every document of {@code text}. */
    static List<Node> snakeYaml(String text) {
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

    private static YamlValue convert(Node node, Map<Node, YamlValue> converted) {
        YamlValue done = converted.get(node);
        if (done != null) {
            return done;
        }
        if (node instanceof MappingNode m) {
            YamlValue.Mapping out = new YamlValue.Mapping();
            converted.put(node, out);
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) {
                    out.add(k.getValue(), k.getStartMark().getLine() + 1, convert(t.getValueNode(), converted));
                }
            }
            return out;
        }
        if (node instanceof SequenceNode s) {
            YamlValue.Sequence out = new YamlValue.Sequence(new ArrayList<>());
            converted.put(node, out);
            s.getValue().forEach(item -> out.items().add(convert(item, converted)));
            return out;
        }
        ScalarNode s = (ScalarNode) node;
        return Tag.NULL.equals(s.getTag()) ? YamlValue.Scalar.NULL : new YamlValue.Scalar(s.getValue());
    }

    /** The value under {@code key} (the first, if written twice), or null. */
    static YamlValue get(YamlValue map, String key) {
        if (map instanceof YamlValue.Mapping m) {
            for (int i = 0; i < m.size(); i++) {
                if (m.key(i).equals(key)) {
                    return m.value(i);
                }
            }
        }
        return null;
    }

    /** The entries of a mapping, in file order; empty for anything else (an empty {@code key:} is null). */
    static List<Entry> entries(YamlValue map) {
        if (!(map instanceof YamlValue.Mapping m)) {
            return List.of();
        }
        List<Entry> out = new ArrayList<>(m.size());
        for (int i = 0; i < m.size(); i++) {
            out.add(new Entry(m.key(i), m.line(i), m.value(i)));
        }
        return out;
    }

    /** Each entry of a mapping, in file order, without collecting them; nothing for anything else. */
    static void forEach(YamlValue map, BiConsumer<String, YamlValue> action) {
        if (map instanceof YamlValue.Mapping m) {
            for (int i = 0; i < m.size(); i++) {
                action.accept(m.key(i), m.value(i));
            }
        }
    }

    /** A scalar's text; null for a missing value, YAML null or a collection. */
    static String text(YamlValue value) {
        return value instanceof YamlValue.Scalar s ? s.text() : null;
    }

    static String text(YamlValue map, String key) {
        return text(get(map, key));
    }

    static boolean isTrue(YamlValue map, String key) {
        return "true".equals(text(map, key));
    }
}
