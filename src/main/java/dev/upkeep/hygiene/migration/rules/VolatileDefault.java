package dev.upkeep.hygiene.migration.rules;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.migration.sql.AlterAction;
import dev.upkeep.hygiene.migration.sql.ColumnDef;
import java.util.List;
import java.util.Map;

/**
 * A column added with a value computed per row (volatile default, serial, identity, stored
 * generated column), or with any default before PostgreSQL 11, rewrites the whole table under an
 * ACCESS EXCLUSIVE lock.
 */
final class VolatileDefault extends BaseRule {
    VolatileDefault() {
        super("volatile-default", Severity.HIGH,
                "Column added with a default that rewrites the table",
                "Add the column without the default (or with a constant one), SET DEFAULT for new rows, and "
                        + "backfill existing rows in batches; add identity or generated columns the same way or in "
                        + "a maintenance window.");
    }

    @Override
    public List<Finding> check(Migration m) {
        return onExistingTables(m, a -> {
            String why = a.action() instanceof AlterAction.AddColumn add ? rewriteReason(add.column(), m) : null;
            if (why == null) {
                return null;
            }
            String column = a.table() + "." + ((AlterAction.AddColumn) a.action()).column().name();
            return finding(m, a.step(), column, "ADD COLUMN " + column + " " + why
                    + ", so PostgreSQL rewrites the whole table under an ACCESS EXCLUSIVE lock.")
                    .withEvidence(Map.of("postgres", m.postgresLabel()));
        });
    }

    private static String rewriteReason(ColumnDef c, Migration m) {
        if (c.generatedStored()) {
            return "is a stored generated column";
        } else if (c.identity()) {
            return "is an identity column, filled for every row";
        } else if (c.serial()) {
            return "has type " + c.type() + ", whose nextval() default is volatile";
        } else if (!c.hasDefault()) {
            return null;
        } else if (!m.postgresAtLeast(11)) {
            return "has a DEFAULT on PostgreSQL " + m.postgresLabel() + " (before 11 any default rewrites)";
        }
        String call = Volatility.volatileCall(c.defaultValue());
        return call == null ? null : "has a DEFAULT calling " + call + ", which is volatile or not known to be stable";
    }
}
