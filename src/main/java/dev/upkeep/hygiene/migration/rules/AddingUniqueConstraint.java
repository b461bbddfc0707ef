package dev.upkeep.hygiene.migration.rules;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.migration.sql.AlterAction;
import dev.upkeep.hygiene.migration.sql.Constraint;
import java.util.List;

/** A UNIQUE constraint added to an existing table builds its index under ACCESS EXCLUSIVE. */
final class AddingUniqueConstraint extends BaseRule {
    AddingUniqueConstraint() {
        super("adding-unique-constraint", Severity.HIGH,
                "Unique constraint added without USING INDEX",
                "CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT name UNIQUE USING INDEX index_name "
                        + "(Alembic: op.execute both statements, the index inside an autocommit_block).");
    }

    @Override
    public List<Finding> check(Migration m) {
        return onExistingTables(m, a -> {
            if (a.action() instanceof AlterAction.AddConstraint add
                    && add.constraint().kind() == Constraint.Kind.UNIQUE && add.constraint().usingIndex() == null) {
                String name = add.constraint().name();
                return finding(m, a.step(), a.table() + (name == null ? "" : "." + name), "ADD UNIQUE on "
                        + a.table() + " builds its index under an ACCESS EXCLUSIVE lock, blocking reads and writes.");
            } else if (a.action() instanceof AlterAction.AddColumn add && add.column().unique()) {
                String column = a.table() + "." + add.column().name();
                return finding(m, a.step(), column, "ADD COLUMN " + column + " UNIQUE builds its index "
                        + "under an ACCESS EXCLUSIVE lock, blocking reads and writes.");
            }
            return null;
        });
    }
}
