package dev.upkeep.hygiene.migration.rules;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.migration.sql.AlterAction;
import dev.upkeep.hygiene.migration.sql.ColumnDef;
import java.util.List;

/** A NOT NULL column without a default fails on a table with rows and breaks older writers. */
final class AddingNotNullColumn extends BaseRule {
    AddingNotNullColumn() {
        super("adding-not-null-column", Severity.HIGH,
                "Column added NOT NULL without a default",
                "Add the column nullable (or with a constant DEFAULT), backfill it in batches, then add a "
                        + "CHECK (col IS NOT NULL) NOT VALID, VALIDATE it and SET NOT NULL.");
    }

    @Override
    public List<Finding> check(Migration m) {
        return onExistingTables(m, a -> {
            if (a.action() instanceof AlterAction.AddColumn add && required(add.column())) {
                String column = a.table() + "." + add.column().name();
                return finding(m, a.step(), column, "ADD COLUMN " + column + " is NOT NULL without a default: "
                        + "it fails on a table that has rows, and inserts from application versions that do not "
                        + "set it fail.");
            }
            return null;
        });
    }

    private static boolean required(ColumnDef c) {
        return c.notNull() && !c.hasDefault() && !c.generatedStored() && !c.identity() && !c.serial();
    }
}
