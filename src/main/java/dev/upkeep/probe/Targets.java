package dev.upkeep.probe;

import dev.upkeep.config.ConfigNodes;
import dev.upkeep.config.UpkeepConfig;
import dev.upkeep.config.YamlNode;
import dev.upkeep.config.YamlNode.Mapping;
import dev.upkeep.domain.UpkeepException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@code targets:} section of upkeep.yml: each key belongs to one {@link ProbeFamily}
 * ({@code health}, {@code tls}, {@code postgres}, {@code redis}, {@code backups}, {@code disk}),
 * which reads its own entries.
 */
public final class Targets {
    public static final String SECTION = "targets";

    private Targets() {}

    /**
     * The probes of every target in {@code config}, in the order of the families, keeping only the
     * families in {@code only} (all when empty).
     *
     * @throws UpkeepException (input) for an unknown key or a malformed entry
     */
    public static List<Probe> probes(UpkeepConfig config, Path root, List<ProbeFamily> families, Set<String> only) {
        YamlNode section = config.section(SECTION).orElse(null);
        if (section == null || section instanceof YamlNode.Scalar s && s.isNull()) {
            return List.of();
        }
        ConfigNodes nodes = new ConfigNodes(config.file().orElse("upkeep.yml"));
        Mapping m = nodes.mapping(section, SECTION);
        nodes.onlyKnownKeys(m, SECTION, families.stream().map(ProbeFamily::configKey).toList());
        TargetFields fields = new TargetFields(nodes, root);
        List<Probe> probes = new ArrayList<>();
        for (ProbeFamily f : families) {
            if (!only.isEmpty() && !only.contains(f.id()) && !only.contains(f.configKey())) {
                continue;
            }
            nodes.optional(m, f.configKey()).ifPresent(n -> probes.addAll(f.probes(n, fields)));
        }
        return probes;
    }
}
