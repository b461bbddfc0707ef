package dev.upkeep.probe.postgres;

import dev.upkeep.probe.Probe;
import java.util.List;

/** PostgreSQL probes: {@code targets.postgres}. */
public final class PostgresFamily {
    public static final String ID = "postgres";

    private PostgresFamily() {}

    public static List<Probe> probes(List<PostgresTarget> targets) {
        return targets.stream().<Probe>map(PostgresProbe::new).toList();
    }
}
