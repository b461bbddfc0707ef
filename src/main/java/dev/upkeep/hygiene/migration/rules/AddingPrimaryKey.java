package dev.upkeep.hygiene.migration.rules;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.migration.sql.AlterAction;
import dev.upkeep.hygiene.migration.sql.Constraint;
import java.util.List;

/**
 * Adding a primary key to an existing table builds its unique index under ACCESS EXCLUSIVE;
 * {@code PRIMARY KEY USING INDEX} over an index built concurrently does not.
 */
final class AddingPrimaryKey extends BaseRule {
    AddingPrimaryKey() {
        super("adding-primary-key", Severity.HIGH,
                "Primary key added without USING INDEX",
                "CREATE UNIQUE INDEX CONCURRENTLY first (columns already NOT NULL), then "
                        + "ADD CONSTRAINT name PRIMARY KEY USING INDEX index_name.");
    }

    @Override
    public List<Finding> check(Migration m) {
        return onExistingTables(m, a -> {
            if (a.action() instanceof AlterAction.AddConstraint add
                    && add.constraint().kind() == Constraint.Kind.PRIMARY_KEY && add.constraint().usingIndex() == null) {
                return finding(m, a.step(), a.table().toString(), "ADD PRIMARY KEY on " + a.table()
                        + " builds its index under an ACCESS EXCLUSIVE lock, blocking reads and writes.");
            } else if (a.action() instanceof AlterAction.AddColumn add && add.column().primaryKey()) {
                String column = a.table() + "." + add.column().name();
                return finding(m, a.step(), column, "ADD COLUMN " + column + " PRIMARY KEY builds the "
                        + "primary key index under an ACCESS EXCLUSIVE lock, blocking reads and writes.");
            }
            return null;
        });
    }
}
