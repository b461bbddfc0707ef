package dev.upkeep.hygiene.migration.rules;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.migration.sql.AlterAction;
import java.util.List;

/** Renaming a table or column breaks every running application version that uses the old name. */
final class Renaming extends BaseRule {
    Renaming() {
        super("renaming", Severity.MEDIUM,
                "Table or column renamed",
                "Expand and contract: add the new column (or a view under the new table name), write to both, "
                        + "move readers, then drop the old one in a later release.");
    }

    @Override
    public List<Finding> check(Migration m) {
        return onExistingTables(m, a -> {
            if (a.action() instanceof AlterAction.RenameColumn rename) {
                String column = a.table() + "." + rename.from();
                return finding(m, a.step(), column, "RENAME COLUMN " + column + " TO " + rename.to()
                        + " breaks running application versions that still use the old name.");
            } else if (a.action() instanceof AlterAction.RenameTable rename) {
                return finding(m, a.step(), a.table().toString(), "RENAME TABLE " + a.table() + " TO "
                        + rename.to() + " breaks running application versions that still use the old name.");
            }
            return null;
        });
    }
}
