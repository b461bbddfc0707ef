package dev.upkeep.inventory.yaml;

import dev.upkeep.inventory.FormatException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * A YAML node that keeps its line, for extractors that must say where a value is written.
 *
 * <p>The document is composed, not constructed, by SnakeYAML: scalars stay the text as written
 * ({@code 3.10} is not the number 3.1), anchors resolve to the anchored node (so a value reached
 * through an alias reports the line of its anchor), and {@code <<} merge keys are applied while
 * composing. Duplicate keys, too many aliases and very deep nesting are errors. Navigation never
 * fails: a missing key or a value of the wrong shape is a missing node.
 */
public final class YamlNode {
    private static final YamlNode MISSING = new YamlNode(null);
    private static final int MAX_ALIASES = 100;
    private static final int MAX_DEPTH = 100;

    private final Node node;

    private YamlNode(Node node) {
        this.node = node;
    }

    /**
     * Composes one YAML document; an empty document is a missing node.
     *
     * @throws FormatException when the text is not one well-formed YAML document, with the line
     */
    public static YamlNode parse(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setAllowRecursiveKeys(false);
        options.setMergeOnCompose(true);
        DumperOptions dumper = new DumperOptions();
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options);
        try {
            return new YamlNode(yaml.compose(new StringReader(text)));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new FormatException("not valid YAML: " + firstLine(e.getProblem()), line, e);
        } catch (YAMLException | IllegalArgumentException e) {
            throw new FormatException("not valid YAML: " + firstLine(e.getMessage()), 0, e);
        }
    }

    public boolean isMissing() {
        return node == null;
    }

    public boolean isMapping() {
        return node instanceof MappingNode;
    }

    public boolean isSequence() {
        return node instanceof SequenceNode;
    }

    public boolean isScalar() {
        return node instanceof ScalarNode;
    }

    /** The 1-based line where the node starts, 0 for a missing node. */
    public int line() {
        return node == null ? 0 : node.getStartMark().getLine() + 1;
    }

    /** A scalar's text as written, or null for a missing node, a collection or a YAML null. */
    public String text() {
        if (node instanceof ScalarNode scalar && !Tag.NULL.equals(scalar.getTag())) {
            return scalar.getValue();
        }
        return null;
    }

    /** The value under {@code key} of a mapping, or a missing node. */
    public YamlNode get(String key) {
        YamlNode value = entries().get(key);
        return value == null ? MISSING : value;
    }

    /**
     * A mapping's entries in document order, merge keys applied; empty for anything else.
     *
     * @throws FormatException when a key is written twice, with the line of the second one
     */
    public Map<String, YamlNode> entries() {
        if (!(node instanceof MappingNode mapping)) {
            return Map.of();
        }
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                if (entries.put(key.getValue(), new YamlNode(tuple.getValueNode())) != null) {
                    throw new FormatException("duplicate key '" + key.getValue() + "'", key.getStartMark().getLine() + 1);
                }
            }
        }
        return Collections.unmodifiableMap(entries);
    }

    /** A sequence's items; empty for anything else. */
    public List<YamlNode> items() {
        if (!(node instanceof SequenceNode sequence)) {
            return List.of();
        }
        List<YamlNode> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            items.add(new YamlNode(item));
        }
        return items;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
