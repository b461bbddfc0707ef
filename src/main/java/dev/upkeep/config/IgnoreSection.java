package dev.upkeep.config;

import dev.upkeep.config.YamlNode.Mapping;
import dev.upkeep.config.YamlNode.Scalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code ignore:}: a list of {@code {id, path?, reason, until}}. */
final class IgnoreSection {
    static final List<String> KEYS = List.of("id", "path", "reason", "until");

    private IgnoreSection() {}

    static List<IgnoreEntry> read(YamlNode node, ConfigNodes nodes) {
        if (node instanceof Scalar s && s.isNull()) {
            return List.of();
        }
        List<IgnoreEntry> entries = new ArrayList<>();
        List<YamlNode> items = nodes.list(node, "ignore");
        for (int i = 0; i < items.size(); i++) {
            String field = "ignore[" + i + "]";
            Mapping m = nodes.mapping(items.get(i), field);
            nodes.onlyKnownKeys(m, field, KEYS);
            Glob id = Glob.of(nodes.string(nodes.required(m, "id", field + ".id"), field + ".id"));
            Optional<Glob> path = nodes.optional(m, "path").map(p -> Glob.of(nodes.string(p, field + ".path")));
            YamlNode reasonNode = nodes.required(m, "reason", field + ".reason");
            String reason = nodes.string(reasonNode, field + ".reason");
            YamlNode untilNode = nodes.required(m, "until", field + ".until");
            entries.add(new IgnoreEntry(id, path, reason, nodes.date(untilNode, field + ".until"),
                    m.line()));
        }
        return entries;
    }
}
