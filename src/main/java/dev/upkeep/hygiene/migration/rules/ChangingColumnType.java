package dev.upkeep.hygiene.migration.rules;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.migration.sql.AlterAction;
import java.util.List;

/** Changing a column's type usually rewrites the table and its indexes under ACCESS EXCLUSIVE. */
final class ChangingColumnType extends BaseRule {
    ChangingColumnType() {
        super("changing-column-type", Severity.HIGH,
                "Column type changed in place",
                "Add a new column of the new type, write to both, backfill in batches, switch reads, then drop "
                        + "the old column; only binary-compatible changes (varchar(n) to text or a longer varchar, "
                        + "a wider numeric) avoid the rewrite.");
    }

    @Override
    public List<Finding> check(Migration m) {
        return onExistingTables(m, a -> {
            if (a.action() instanceof AlterAction.AlterColumnType change) {
                String column = a.table() + "." + change.column();
                return finding(m, a.step(), column, "ALTER COLUMN " + column + " TYPE " + change.type()
                        + " takes an ACCESS EXCLUSIVE lock and, unless the types are binary-compatible, rewrites "
                        + "the table and rebuilds its indexes.");
            }
            return null;
        });
    }
}
