package dev.upkeep.hygiene.migration.rules;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.migration.sql.Ddl;
import dev.upkeep.hygiene.migration.sql.Name;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code DROP INDEX} without {@code CONCURRENTLY} takes an ACCESS EXCLUSIVE lock on the table. */
final class RequireConcurrentIndexDrop extends BaseRule {
    RequireConcurrentIndexDrop() {
        super("require-concurrent-index-drop", Severity.MEDIUM,
                "Index dropped without CONCURRENTLY",
                "Use DROP INDEX CONCURRENTLY outside a transaction (Alembic: postgresql_concurrently=True inside "
                        + "`with op.get_context().autocommit_block():`).");
    }

    @Override
    public List<Finding> check(Migration m) {
        List<Finding> findings = new ArrayList<>();
        Set<String> created = new HashSet<>();
        for (Step step : m.steps()) {
            if (step.statement().ddl() instanceof Ddl.CreateIndex create && create.index() != null) {
                created.add(create.index().name());
            } else if (step.statement().ddl() instanceof Ddl.DropIndex drop && !drop.concurrently()) {
                List<Name> existing = drop.indexes().stream().filter(i -> !created.contains(i.name())).toList();
                if (!existing.isEmpty()) {
                    String names = existing.stream().map(Name::toString).collect(Collectors.joining(", "));
                    findings.add(finding(m, step, names, "DROP INDEX " + names
                            + " without CONCURRENTLY locks its table ACCESS EXCLUSIVE, blocking reads and writes."));
                }
            }
        }
        return findings;
    }
}
