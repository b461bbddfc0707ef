package dev.upkeep.probe.backup;

import dev.upkeep.config.YamlNode;
import dev.upkeep.config.YamlNode.Mapping;
import dev.upkeep.probe.Probe;
import dev.upkeep.probe.ProbeFamily;
import dev.upkeep.probe.TargetFields;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Backup location probes: {@code targets.backups}; their {@code restore:} settings drive {@code upkeep drill restore}. */
public final class BackupFamily implements ProbeFamily {
    public static final String ID = "backup";
    static final List<String> KEYS = List.of("dir", "name", "pattern", "rpo", "rto", "shrink", "verify", "timeout", "database",
            "restore", "bin");
    static final List<String> RESTORE_KEYS = List.of("into", "assertions", "jobs", "rowTolerance", "exactCounts");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String configKey() {
        return "backups";
    }

    @Override
    public String description() {
        return "backup locations: newest backup's age against the RPO, size against earlier ones, readability";
    }

    @Override
    public List<Probe> probes(YamlNode section, TargetFields fields) {
        return probes(targets(section, fields));
    }

    /** The locations of {@code targets.backups}, for the probe and for restore drills. */
    public static List<BackupTarget> targets(YamlNode section, TargetFields fields) {
        List<BackupTarget> targets = new ArrayList<>();
        List<YamlNode> entries = fields.entries(section);
        for (int i = 0; i < entries.size(); i++) {
            String field = "targets.backups[" + i + "]";
            targets.add(fields.entry(entries.get(i), field, text -> BackupTarget.of(fields.path(text)), m -> read(m, field, fields)));
        }
        return targets;
    }

    private static BackupTarget read(Mapping m, String field, TargetFields f) {
        f.nodes().onlyKnownKeys(m, field, KEYS);
        Path dir = f.path(f.requiredString(m, "dir", field));
        Optional<BackupTarget.Restore> restore = f.nodes().optional(m, "restore").map(n -> restore(n, field + ".restore", f));
        try {
            return new BackupTarget(f.string(m, "name", field, dir.toString()), dir, f.string(m, "pattern", field, "*"),
                    f.duration(m, "rpo", field, BackupTarget.DEFAULT_RPO), f.duration(m, "rto", field, BackupTarget.DEFAULT_RTO),
                    f.percent(m, "shrink", field, BackupTarget.DEFAULT_SHRINK_PCT), f.bool(m, "verify", field, true),
                    f.duration(m, "timeout", field, BackupTarget.DEFAULT_TIMEOUT),
                    f.nodes().optional(m, "database").map(n -> f.secret(n, field + ".database")), restore, f.path(m, "bin", field));
        } catch (IllegalArgumentException e) {
            throw f.nodes().fail(m, field, e.getMessage());
        }
    }

    private static BackupTarget.Restore restore(YamlNode node, String field, TargetFields f) {
        Mapping m = f.nodes().mapping(node, field);
        f.nodes().onlyKnownKeys(m, field, RESTORE_KEYS);
        List<String> assertions = new ArrayList<>();
        f.nodes().optional(m, "assertions").ifPresent(n -> {
            List<YamlNode> items = f.nodes().list(n, field + ".assertions");
            for (int i = 0; i < items.size(); i++) {
                assertions.add(f.nodes().string(items.get(i), field + ".assertions[" + i + "]"));
            }
        });
        return new BackupTarget.Restore(f.secret(f.nodes().required(m, "into", field), field + ".into"), assertions,
                (int) f.integer(m, "jobs", field, 1, 1),
                f.percent(m, "rowTolerance", field, BackupTarget.Restore.DEFAULT_ROW_TOLERANCE_PCT),
                f.bool(m, "exactCounts", field, false));
    }

    public static List<Probe> probes(List<BackupTarget> targets) {
        return targets.stream().<Probe>map(BackupProbe::new).toList();
    }
}
