package dev.upkeep.hygiene.migration.rules;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.migration.sql.AlterAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code DETACH PARTITION} without {@code CONCURRENTLY} locks the partitioned table ACCESS EXCLUSIVE. */
final class RequireConcurrentDetach extends BaseRule {
    RequireConcurrentDetach() {
        super("require-concurrent-partition-detach", Severity.MEDIUM,
                "Partition detached without CONCURRENTLY",
                "Use ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY (PostgreSQL 14+) outside a transaction; "
                        + "on older servers, detach in a maintenance window.");
    }

    @Override
    public List<Finding> check(Migration m) {
        List<Finding> findings = new ArrayList<>();
        for (Migration.TableAction a : m.tableActions()) {
            if (a.action() instanceof AlterAction.DetachPartition detach && !detach.concurrently()
                    && !detach.finalizing()) {
                findings.add(finding(m, a.step(), a.table() + "/" + detach.partition(), "DETACH PARTITION "
                        + detach.partition() + " locks " + a.table() + " ACCESS EXCLUSIVE, blocking reads and writes"
                        + (m.postgresAtLeast(14) ? "" : " (PostgreSQL " + m.postgresLabel() + " has no CONCURRENTLY "
                        + "form; 14+ has)") + ".").withEvidence(Map.of("postgres", m.postgresLabel())));
            }
        }
        return findings;
    }
}
