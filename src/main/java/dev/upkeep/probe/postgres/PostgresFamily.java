package dev.upkeep.probe.postgres;

import dev.upkeep.config.YamlNode;
import dev.upkeep.config.YamlNode.Mapping;
import dev.upkeep.probe.Probe;
import dev.upkeep.probe.ProbeFamily;
import dev.upkeep.probe.SecretRef;
import dev.upkeep.probe.TargetFields;
import java.util.ArrayList;
import java.util.List;

/** PostgreSQL probes: {@code targets.postgres}. */
public final class PostgresFamily implements ProbeFamily {
    public static final String ID = "postgres";
    static final List<String> KEYS = List.of("url", "name", "timeout", "thresholds");
    static final List<String> THRESHOLDS = List.of("connections", "deadTuples", "deadTuplesMin", "vacuumAge", "analyzeAge", "bloat",
            "bloatMin", "unusedIndexStatsAge", "wraparound", "idleInTransaction", "longRunning", "cacheHit", "cacheMinReads", "slowQuery", "slowQueryCalls");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String configKey() {
        return "postgres";
    }

    @Override
    public String description() {
        return "PostgreSQL: version, connections, vacuum, bloat, indexes, wraparound, sessions, cache, slow queries (read-only)";
    }

    @Override
    public List<Probe> probes(YamlNode section, TargetFields fields) {
        List<PostgresTarget> targets = new ArrayList<>();
        List<YamlNode> entries = fields.entries(section);
        for (int i = 0; i < entries.size(); i++) {
            String field = "targets.postgres[" + i + "]";
            targets.add(fields.entry(entries.get(i), field, text -> PostgresTarget.of(TargetFields.secret(text)),
                    m -> read(m, field, fields)));
        }
        return probes(targets);
    }

    private static PostgresTarget read(Mapping m, String field, TargetFields f) {
        f.nodes().onlyKnownKeys(m, field, KEYS);
        SecretRef url = f.secret(f.nodes().required(m, "url", field), field + ".url");
        PostgresThresholds t = f.nodes().optional(m, "thresholds")
                .map(n -> thresholds(f.nodes().mapping(n, field + ".thresholds"), field + ".thresholds", f))
                .orElse(PostgresThresholds.DEFAULTS);
        return new PostgresTarget(f.string(m, "name", field, url.toString()), url,
                f.duration(m, "timeout", field, PostgresTarget.DEFAULT_TIMEOUT), t);
    }

    private static PostgresThresholds thresholds(Mapping m, String field, TargetFields f) {
        f.nodes().onlyKnownKeys(m, field, THRESHOLDS);
        PostgresThresholds d = PostgresThresholds.DEFAULTS;
        return new PostgresThresholds(
                f.percent(m, "connections", field, d.connectionsPct()),
                f.percent(m, "deadTuples", field, d.deadTuplesPct()),
                f.integer(m, "deadTuplesMin", field, d.deadTuplesMin(), 0),
                f.duration(m, "vacuumAge", field, d.vacuumAge()),
                f.duration(m, "analyzeAge", field, d.analyzeAge()),
                f.percent(m, "bloat", field, d.bloatPct()),
                f.bytes(m, "bloatMin", field, d.bloatMinBytes()),
                f.duration(m, "unusedIndexStatsAge", field, d.unusedIndexStatsAge()),
                f.percent(m, "wraparound", field, d.xidAgePct()),
                f.duration(m, "idleInTransaction", field, d.idleInTransaction()),
                f.duration(m, "longRunning", field, d.longRunning()),
                f.percent(m, "cacheHit", field, d.cacheHitPct()),
                f.integer(m, "cacheMinReads", field, d.cacheMinReads(), 0),
                f.duration(m, "slowQuery", field, d.slowQueryMean()),
                f.integer(m, "slowQueryCalls", field, d.slowQueryCalls(), 1));
    }

    public static List<Probe> probes(List<PostgresTarget> targets) {
        return targets.stream().<Probe>map(PostgresProbe::new).toList();
    }
}
