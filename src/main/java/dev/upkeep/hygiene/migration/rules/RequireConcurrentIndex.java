package dev.upkeep.hygiene.migration.rules;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.migration.sql.Ddl;
import java.util.ArrayList;
import java.util.List;

/** An index built on an existing table without {@code CONCURRENTLY} blocks writes while it builds. */
final class RequireConcurrentIndex extends BaseRule {
    RequireConcurrentIndex() {
        super("require-concurrent-index", Severity.HIGH,
                "Index created without CONCURRENTLY on an existing table",
                "Use CREATE INDEX CONCURRENTLY outside a transaction (Alembic: postgresql_concurrently=True inside "
                        + "`with op.get_context().autocommit_block():`).");
    }

    @Override
    public List<Finding> check(Migration m) {
        List<Finding> findings = new ArrayList<>();
        for (Step step : m.steps()) {
            if (step.statement().ddl() instanceof Ddl.CreateIndex index && !index.concurrently() && !index.only()
                    && !m.isNew(index.table(), step)) {
                String name = index.index() == null ? "an index" : "index " + index.index();
                findings.add(finding(m, step, index.table() + (index.index() == null ? "" : "." + index.index()),
                        "CREATE INDEX builds " + name + " on " + index.table()
                                + " without CONCURRENTLY, blocking every write to the table until the build ends."));
            }
        }
        return findings;
    }
}
