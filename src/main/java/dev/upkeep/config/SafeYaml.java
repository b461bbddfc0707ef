package dev.upkeep.config;

import dev.upkeep.config.YamlNode.Entry;
import dev.upkeep.config.YamlNode.Mapping;
import dev.upkeep.config.YamlNode.Scalar;
import dev.upkeep.config.YamlNode.Sequence;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
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
 * Parses one YAML document into {@link YamlNode}s with SnakeYAML's composer (node API, so every
 * value keeps its line) under safety limits: at most {@value #MAX_ALIASES} aliases, nesting depth
 * {@value #MAX_DEPTH}, {@value #MAX_CODE_POINTS} code points. Resolves anchors and {@code <<}
 * merge keys (Compose files use both) and rejects duplicate keys. The composer does neither of the
 * last two, so {@link #convert} does, once per node: aliased nodes are converted once and shared.
 */
public final class SafeYaml {
    static final int MAX_ALIASES = 100;
    static final int MAX_DEPTH = 64;
    static final int MAX_CODE_POINTS = 8 * 1024 * 1024;

    private final Map<Node, YamlNode> done = new IdentityHashMap<>();
    private final Set<Node> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());

    private SafeYaml() {}

    /**
     * Parses {@code text}, a single YAML document.
     *
     * @return the root, or empty for an empty document
     * @throws YamlSyntaxException when the text is not well-formed YAML, holds several documents,
     *     repeats a key, merges something that is not a mapping, or breaks a limit
     */
    public static Optional<YamlNode> parse(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        DumperOptions dumper = new DumperOptions();
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options);
        Node root;
        try {
            root = yaml.compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new YamlSyntaxException(oneLine(what), mark == null ? 0 : mark.getLine() + 1, e);
        } catch (YAMLException e) {
            throw new YamlSyntaxException(oneLine(e.getMessage()), 0, e);
        }
        return root == null ? Optional.empty() : Optional.of(new SafeYaml().convert(root));
    }

    private YamlNode convert(Node node) {
        YamlNode known = done.get(node);
        if (known != null) {
            return known;
        }
        if (!inProgress.add(node)) {
            throw new YamlSyntaxException("an alias refers to a value that contains it", line(node), null);
        }
        YamlNode result;
        if (node instanceof ScalarNode s) {
            result = new Scalar(s.getValue(), tagName(s.getTag()), line(s));
        } else if (node instanceof SequenceNode s) {
            List<YamlNode> items = new ArrayList<>();
            s.getValue().forEach(item -> items.add(convert(item)));
            result = new Sequence(items, line(s));
        } else {
            result = mapping((MappingNode) node);
        }
        inProgress.remove(node);
        done.put(node, result);
        return result;
    }

    private Mapping mapping(MappingNode node) {
        Map<String, Entry> explicit = new LinkedHashMap<>();
        Map<String, Entry> merged = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                throw new YamlSyntaxException("a mapping key must be a plain value, not a list or mapping", line(tuple.getKeyNode()), null);
            }
            if (keyNode.getTag().equals(Tag.MERGE)) {
                mergeInto(merged, tuple.getValueNode());
                continue;
            }
            Scalar key = (Scalar) convert(keyNode);
            if (explicit.containsKey(key.value())) {
                throw new YamlSyntaxException("duplicate key '" + key.value() + "' (first on line "
                        + explicit.get(key.value()).key().line() + ")", key.line(), null);
            }
            explicit.put(key.value(), new Entry(key, convert(tuple.getValueNode())));
        }
        List<Entry> entries = new ArrayList<>();
        merged.forEach((k, e) -> {
            if (!explicit.containsKey(k)) {
                entries.add(e);
            }
        });
        entries.addAll(explicit.values());
        return new Mapping(entries, line(node));
    }

    /** Adds the entries of a merge source; an earlier source wins over a later one, as YAML says. */
    private void mergeInto(Map<String, Entry> merged, Node source) {
        List<Node> sources = source instanceof SequenceNode seq ? seq.getValue() : List.of(source);
        for (Node one : sources) {
            if (!(convert(one) instanceof Mapping m)) {
                throw new YamlSyntaxException("'<<' must merge a mapping or a list of mappings", line(one), null);
            }
            m.entries().forEach(e -> merged.putIfAbsent(e.key().value(), e));
        }
    }

    private static String tagName(Tag tag) {
        String v = tag.getValue();
        return v.startsWith(Tag.PREFIX) ? v.substring(Tag.PREFIX.length()) : v;
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private static String oneLine(String s) {
        return s == null ? "malformed YAML" : s.replaceAll("\\s+", " ").strip();
    }
}
