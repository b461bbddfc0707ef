package dev.upkeep.probe.disk;

import dev.upkeep.config.YamlNode;
import dev.upkeep.probe.Probe;
import dev.upkeep.probe.ProbeFamily;
import dev.upkeep.probe.TargetFields;
import java.util.ArrayList;
import java.util.List;

/** Disk usage probes: {@code targets.disk}. */
public final class DiskFamily implements ProbeFamily {
    public static final String ID = "disk";
    static final List<String> KEYS = List.of("path", "threshold");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String configKey() {
        return "disk";
    }

    @Override
    public String description() {
        return "disk usage of the file systems holding the given paths";
    }

    @Override
    public List<Probe> probes(YamlNode section, TargetFields fields) {
        List<DiskTarget> targets = new ArrayList<>();
        List<YamlNode> entries = fields.entries(section);
        for (int i = 0; i < entries.size(); i++) {
            String field = "targets.disk[" + i + "]";
            targets.add(fields.entry(entries.get(i), field, text -> DiskTarget.of(fields.path(text)), m -> {
                fields.nodes().onlyKnownKeys(m, field, KEYS);
                return new DiskTarget(fields.path(fields.requiredString(m, "path", field)),
                        fields.percent(m, "threshold", field, DiskTarget.DEFAULT_THRESHOLD_PCT));
            }));
        }
        return probes(targets);
    }

    public static List<Probe> probes(List<DiskTarget> targets) {
        return targets.stream().<Probe>map(DiskProbe::new).toList();
    }

}
