package dev.upkeep.hygiene.compose;

import static java.util.Objects.requireNonNull;

import dev.upkeep.config.YamlNode;
import dev.upkeep.config.YamlNode.Mapping;
import dev.upkeep.config.YamlNode.Scalar;
import dev.upkeep.config.YamlNode.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One service of a Compose file: its name, its definition and the line of its key. */
record Service(String name, Mapping node, int line) {
    Service {
        requireNonNull(name, "name is null");
        requireNonNull(node, "node is null");
    }

    Optional<YamlNode> get(String key) {
        return node.get(key).filter(n -> !(n instanceof Scalar s && s.isNull()));
    }

    /** A scalar field's text, when present. */
    Optional<String> text(String key) {
        return get(key).filter(Scalar.class::isInstance).map(n -> ((Scalar) n).value());
    }

    boolean has(String key) {
        return get(key).isPresent();
    }

    boolean flag(String key) {
        return text(key).map(v -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes")).orElse(false);
    }

    Optional<String> image() {
        return text("image");
    }

    /**
     * The entries of a mapping-or-list field such as {@code environment}: each as a key, its value
     * (null when the list form names only the key), and the line.
     */
    List<Pair> pairs(YamlNode field) {
        List<Pair> pairs = new ArrayList<>();
        if (field instanceof Mapping m) {
            for (YamlNode.Entry e : m.entries()) {
                String value = e.value() instanceof Scalar s && !s.isNull() ? s.value() : null;
                pairs.add(new Pair(e.key().value(), value, e.key().line()));
            }
        } else if (field instanceof Sequence seq) {
            for (YamlNode item : seq.items()) {
                if (item instanceof Scalar s) {
                    int eq = s.value().indexOf('=');
                    pairs.add(eq < 0 ? new Pair(s.value().strip(), null, s.line())
                            : new Pair(s.value().substring(0, eq).strip(), s.value().substring(eq + 1), s.line()));
                }
            }
        }
        return pairs;
    }

    /** One {@code KEY=value} of an environment or build-args field. */
    record Pair(String key, String value, int line) {}
}
