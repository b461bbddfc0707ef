package dev.upkeep.hygiene.migration.rules;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.migration.sql.Ddl;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code REINDEX} without {@code CONCURRENTLY} blocks writes to the table and reads through the index. */
final class RequireConcurrentReindex extends BaseRule {
    RequireConcurrentReindex() {
        super("require-concurrent-reindex", Severity.HIGH,
                "REINDEX without CONCURRENTLY",
                "Use REINDEX ... CONCURRENTLY (PostgreSQL 12+) outside a transaction; before 12, build a new "
                        + "index CONCURRENTLY and drop the old one.");
    }

    @Override
    public List<Finding> check(Migration m) {
        List<Finding> findings = new ArrayList<>();
        for (Step step : m.steps()) {
            if (step.statement().ddl() instanceof Ddl.Reindex reindex && !reindex.concurrently()
                    && !reindex.target().equals("SYSTEM")) {
                String target = reindex.target() + (reindex.name() == null ? "" : " " + reindex.name());
                findings.add(finding(m, step, target, "REINDEX " + target + " without CONCURRENTLY blocks writes to "
                        + "the table and every query that would use the index until it finishes"
                        + (m.postgresAtLeast(12) ? "" : " (PostgreSQL " + m.postgresLabel() + " has no CONCURRENTLY "
                        + "form; 12+ has)") + ".").withEvidence(Map.of("postgres", m.postgresLabel())));
            }
        }
        return findings;
    }
}
