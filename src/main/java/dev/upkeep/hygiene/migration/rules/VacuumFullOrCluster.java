package dev.upkeep.hygiene.migration.rules;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.migration.sql.Ddl;
import dev.upkeep.hygiene.migration.sql.Name;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** {@code VACUUM FULL} and {@code CLUSTER} rewrite a table under ACCESS EXCLUSIVE. */
final class VacuumFullOrCluster extends BaseRule {
    VacuumFullOrCluster() {
        super("vacuum-full-or-cluster", Severity.HIGH,
                "VACUUM FULL or CLUSTER in a migration",
                "Leave space reclaiming out of migrations: use pg_repack (or REPACK CONCURRENTLY where the server "
                        + "has it) during a maintenance window.");
    }

    @Override
    public List<Finding> check(Migration m) {
        List<Finding> findings = new ArrayList<>();
        for (Step step : m.steps()) {
            if (step.statement().ddl() instanceof Ddl.Vacuum vacuum && vacuum.full()) {
                String tables = vacuum.tables().isEmpty() ? "every table"
                        : vacuum.tables().stream().map(Name::toString).collect(Collectors.joining(", "));
                findings.add(finding(m, step, tables, "VACUUM FULL rewrites " + tables
                        + " under an ACCESS EXCLUSIVE lock, blocking reads and writes."));
            } else if (step.statement().ddl() instanceof Ddl.Cluster cluster) {
                String table = cluster.table() == null ? "every clustered table" : cluster.table().toString();
                findings.add(finding(m, step, table, "CLUSTER rewrites " + table
                        + " under an ACCESS EXCLUSIVE lock, blocking reads and writes."));
            }
        }
        return findings;
    }
}
