package dev.upkeep.hygiene.migration.rules;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.migration.sql.AlterAction;
import dev.upkeep.hygiene.migration.sql.Constraint;
import dev.upkeep.hygiene.migration.sql.Name;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code SET NOT NULL} scans the whole table under ACCESS EXCLUSIVE, unless (PostgreSQL 12+) a
 * validated {@code CHECK (col IS NOT NULL)} already proves it.
 */
final class SetNotNull extends BaseRule {
    SetNotNull() {
        super("set-not-null", Severity.MEDIUM,
                "SET NOT NULL without a validated CHECK constraint",
                "On PostgreSQL 12+: ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID, then VALIDATE CONSTRAINT c "
                        + "(in a separate transaction), then SET NOT NULL, then DROP CONSTRAINT c. Before 12 there "
                        + "is no lock-free way: keep the CHECK constraint instead of NOT NULL.");
    }

    @Override
    public List<Finding> check(Migration m) {
        List<Finding> findings = new ArrayList<>();
        Map<String, List<Migration.TableAction>> earlierByTable = new HashMap<>();
        for (Migration.TableAction a : m.tableActions()) {
            List<Migration.TableAction> earlier = earlierByTable.computeIfAbsent(a.table().name(), k -> new ArrayList<>());
            if (a.action() instanceof AlterAction.SetNotNull set && !m.isNew(a.table(), a.step())) {
                boolean proven = m.postgresAtLeast(12) && validatedCheck(earlier, a.table(), set.column());
                if (!proven) {
                    String column = a.table() + "." + set.column();
                    String version = m.postgresAtLeast(12) ? "" : " (PostgreSQL " + m.postgresLabel()
                            + " cannot use a CHECK constraint for this; 12+ can)";
                    findings.add(finding(m, a.step(), column, "SET NOT NULL on " + column + " scans the whole table "
                            + "under an ACCESS EXCLUSIVE lock, blocking reads and writes" + version + ".")
                            .withEvidence(Map.of("postgres", m.postgresLabel())));
                }
            }
            earlier.add(a);
        }
        return findings;
    }

    /**
     * Whether an earlier action validated a {@code CHECK (column IS NOT NULL)} on {@code table}: one
     * added without NOT VALID, or a VALIDATE CONSTRAINT of one added NOT VALID here. A constraint
     * validated here but defined in an earlier migration is trusted: its definition is not in sight.
     */
    private static boolean validatedCheck(List<Migration.TableAction> earlier, Name table, String column) {
        for (Migration.TableAction a : earlier) {
            if (!a.table().matches(table)) {
                continue;
            }
            if (a.action() instanceof AlterAction.AddConstraint add && isNotNullCheck(add.constraint(), column)
                    && !add.constraint().notValid()) {
                return true;
            }
            if (a.action() instanceof AlterAction.ValidateConstraint validate && validate.name() != null) {
                Constraint defined = definition(earlier, table, validate.name());
                if (defined == null || isNotNullCheck(defined, column)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Constraint definition(List<Migration.TableAction> actions, Name table, String name) {
        for (Migration.TableAction a : actions) {
            if (a.table().matches(table) && a.action() instanceof AlterAction.AddConstraint add
                    && name.equals(add.constraint().name())) {
                return add.constraint();
            }
        }
        return null;
    }

    private static boolean isNotNullCheck(Constraint c, String column) {
        return c.kind() == Constraint.Kind.CHECK && column.equals(c.notNullColumn());
    }
}
