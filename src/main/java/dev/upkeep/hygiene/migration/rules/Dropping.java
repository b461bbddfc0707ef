package dev.upkeep.hygiene.migration.rules;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.migration.sql.AlterAction;
import dev.upkeep.hygiene.migration.sql.Ddl;
import dev.upkeep.hygiene.migration.sql.Name;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Dropping a table, column or database loses data and breaks clients that still use it. */
final class Dropping extends BaseRule {
    Dropping() {
        super("dropping", Severity.MEDIUM,
                "Table, column or database dropped",
                "First release code that no longer reads or writes it, take a backup, then drop it in a later "
                        + "migration; keep the drop in a migration of its own so it can be reviewed and timed.");
    }

    @Override
    public List<Finding> check(Migration m) {
        List<Finding> findings = new ArrayList<>();
        for (Step step : m.steps()) {
            if (step.statement().ddl() instanceof Ddl.DropTable drop) {
                List<Name> existing = drop.tables().stream().filter(t -> !m.isNew(t, step)).toList();
                if (!existing.isEmpty()) {
                    String names = existing.stream().map(Name::toString).collect(Collectors.joining(", "));
                    findings.add(finding(m, step, names, "DROP TABLE " + names
                            + " deletes its data and breaks running application versions that still use it."));
                }
            } else if (step.statement().ddl() instanceof Ddl.DropDatabase drop) {
                findings.add(finding(m, step, drop.database().toString(), "DROP DATABASE " + drop.database()
                        + " deletes every table in it."));
            } else if (step.statement().ddl() instanceof Ddl.AlterTable alter && !m.isNew(alter.table(), step)) {
                for (AlterAction action : alter.actions()) {
                    if (action instanceof AlterAction.DropColumn drop) {
                        String column = alter.table() + "." + drop.column();
                        findings.add(finding(m, step, column, "DROP COLUMN " + column
                                + " deletes its data and breaks running application versions that still use it."));
                    }
                }
            }
        }
        return findings;
    }
}
