package dev.upkeep.hygiene.migration.rules;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.migration.sql.AlterAction;
import dev.upkeep.hygiene.migration.sql.Ddl;
import java.util.ArrayList;
import java.util.List;

/** A {@code CONCURRENTLY} operation cannot run inside a transaction block: the migration fails. */
final class ConcurrentInTransaction extends BaseRule {
    ConcurrentInTransaction() {
        super("concurrent-index-in-transaction", Severity.HIGH,
                "CONCURRENTLY operation inside a transaction",
                "Run it outside any transaction: move it out of BEGIN/COMMIT; with Alembic wrap it in "
                        + "`with op.get_context().autocommit_block():`; with Prisma or a plain SQL runner put it "
                        + "in a migration of its own; with Flyway set executeInTransaction=false for the script.");
    }

    @Override
    public List<Finding> check(Migration m) {
        List<Finding> findings = new ArrayList<>();
        for (Step step : m.steps()) {
            String operation = concurrentOperation(step.statement().ddl());
            if (operation != null && step.inTransaction()) {
                findings.add(finding(m, step, operation, operation + " cannot run inside a transaction block, and "
                        + "this runs inside " + step.transaction().reason() + ": the migration fails."));
            }
        }
        return findings;
    }

    private static String concurrentOperation(Ddl ddl) {
        if (ddl instanceof Ddl.CreateIndex index && index.concurrently()) {
            return "CREATE INDEX CONCURRENTLY" + (index.index() == null ? "" : " " + index.index());
        } else if (ddl instanceof Ddl.DropIndex drop && drop.concurrently()) {
            return "DROP INDEX CONCURRENTLY" + (drop.indexes().isEmpty() ? "" : " " + drop.indexes().get(0));
        } else if (ddl instanceof Ddl.Reindex reindex && reindex.concurrently()) {
            return "REINDEX " + reindex.target() + " CONCURRENTLY" + (reindex.name() == null ? "" : " " + reindex.name());
        } else if (ddl instanceof Ddl.AlterTable alter) {
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.DetachPartition detach && detach.concurrently()) {
                    return "DETACH PARTITION " + detach.partition() + " CONCURRENTLY";
                }
            }
        }
        return null;
    }
}
