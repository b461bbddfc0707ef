package dev.upkeep.config;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stack's upkeep.yml, parsed: what this issue needs typed ({@code ignore}, {@code lint}) and
 * the other known sections as parsed nodes, kept with their lines for the stages that own them.
 *
 * @param file where it was read from, for messages; empty when the stack has no upkeep.yml
 * @param ignores the {@code ignore:} entries in file order
 * @param lint the {@code lint:} section
 * @param sections the other top-level sections present ({@code policy}, {@code risk},
 *     {@code groups}, {@code windows}, {@code freeze}, {@code targets}), in file order
 */
public record UpkeepConfig(Optional<String> file, List<IgnoreEntry> ignores, LintSettings lint, Map<String, YamlNode> sections) {
    /** No upkeep.yml: every field at its default. */
    public static final UpkeepConfig DEFAULTS = new UpkeepConfig(Optional.empty(), List.of(), LintSettings.DEFAULTS, Map.of());

    public UpkeepConfig {
        file = file == null ? Optional.empty() : file;
        ignores = List.copyOf(ignores);
        requireNonNull(lint, "lint is null");
        sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
    }

    /** A section kept as nodes ({@code policy}, {@code targets}, …), when the file has it. */
    public Optional<YamlNode> section(String key) {
        return Optional.ofNullable(sections.get(key));
    }
}
