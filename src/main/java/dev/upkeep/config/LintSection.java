package dev.upkeep.config;

import dev.upkeep.config.YamlNode.Mapping;
import dev.upkeep.config.YamlNode.Scalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code lint:}: {@code {failOn: high, disable: [rule ids]}}. */
final class LintSection {
    static final List<String> KEYS = List.of("failOn", "disable");

    private LintSection() {}

    static LintSettings read(YamlNode node, ConfigNodes nodes) {
        if (node instanceof Scalar s && s.isNull()) {
            return LintSettings.DEFAULTS;
        }
        Mapping m = nodes.mapping(node, "lint");
        nodes.onlyKnownKeys(m, "lint", KEYS);
        Optional<FailOn> failOn = Optional.empty();
        Optional<YamlNode> failOnNode = nodes.optional(m, "failOn");
        if (failOnNode.isPresent()) {
            String text = nodes.string(failOnNode.get(), "lint.failOn");
            try {
                failOn = Optional.of(FailOn.parse(text));
            } catch (IllegalArgumentException e) {
                throw nodes.fail(failOnNode.get(), "lint.failOn", e.getMessage());
            }
        }
        List<Glob> disable = new ArrayList<>();
        Optional<YamlNode> disableNode = nodes.optional(m, "disable");
        if (disableNode.isPresent()) {
            List<YamlNode> items = nodes.list(disableNode.get(), "lint.disable");
            for (int i = 0; i < items.size(); i++) {
                disable.add(Glob.of(nodes.string(items.get(i), "lint.disable[" + i + "]")));
            }
        }
        return new LintSettings(failOn, disable);
    }
}
