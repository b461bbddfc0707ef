package dev.upkeep.hygiene.migration.rules;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.migration.sql.AlterAction;
import dev.upkeep.hygiene.migration.sql.Constraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A foreign key or check added to an existing table is verified against every row while writes
 * (and, for a check, reads) wait; {@code NOT VALID} then {@code VALIDATE CONSTRAINT} in a later
 * transaction splits that into a brief lock and a scan that blocks nobody. Evidence says which
 * constraint ({@code foreign-key}, {@code check}) and which problem ({@code missing-not-valid},
 * {@code validated-in-same-transaction}).
 */
final class ConstraintMissingNotValid extends BaseRule {
    ConstraintMissingNotValid() {
        super("constraint-missing-not-valid", Severity.HIGH,
                "Foreign key or check constraint added without NOT VALID",
                "Add the constraint NOT VALID (Alembic: postgresql_not_valid=True), then VALIDATE CONSTRAINT it in "
                        + "a later transaction or migration.");
    }

    @Override
    public List<Finding> check(Migration m) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Migration.TableAction> addedNotValid = new HashMap<>();
        for (Migration.TableAction a : m.tableActions()) {
            if (a.action() instanceof AlterAction.AddConstraint add && add.constraint().notValid()
                    && add.constraint().name() != null) {
                addedNotValid.put(a.table().name() + "." + add.constraint().name(), a);
            }
            if (m.isNew(a.table(), a.step())) {
                continue;
            }
            if (a.action() instanceof AlterAction.AddConstraint add && validatesNow(add.constraint())) {
                Constraint c = add.constraint();
                String subject = a.table() + (c.name() == null ? "" : "." + c.name());
                findings.add(finding(m, a.step(), subject, "ADD " + label(c.kind()) + " on " + a.table()
                        + " without NOT VALID checks every row while " + blocked(c.kind()) + ".")
                        .withEvidence(Map.of("constraint", kind(c.kind()), "problem", "missing-not-valid")));
            } else if (a.action() instanceof AlterAction.AddColumn add && add.column().references() != null) {
                String column = a.table() + "." + add.column().name();
                findings.add(finding(m, a.step(), column, "ADD COLUMN " + column + " REFERENCES "
                        + add.column().references() + " adds a foreign key without NOT VALID, locking both tables "
                        + "against writes while it is checked.")
                        .withEvidence(Map.of("constraint", "foreign-key", "problem", "missing-not-valid")));
            } else if (a.action() instanceof AlterAction.ValidateConstraint validate) {
                Migration.TableAction added = addedNotValid.get(a.table().name() + "." + validate.name());
                if (added != null && added.table().matches(a.table()) && added.step().sameTransaction(a.step())) {
                    Constraint c = ((AlterAction.AddConstraint) added.action()).constraint();
                    findings.add(finding(m, a.step(), a.table() + "." + validate.name(), "VALIDATE CONSTRAINT "
                            + validate.name() + " runs in the same transaction as the ADD ... NOT VALID on line "
                            + added.step().statement().line() + ", so the lock the ADD took is held through the "
                            + "whole scan and NOT VALID gains nothing.")
                            .withEvidence(Map.of("constraint", kind(c.kind()), "problem", "validated-in-same-transaction")));
                }
            }
        }
        return findings;
    }

    private static boolean validatesNow(Constraint c) {
        return !c.notValid() && (c.kind() == Constraint.Kind.FOREIGN_KEY || c.kind() == Constraint.Kind.CHECK);
    }

    private static String label(Constraint.Kind kind) {
        return kind == Constraint.Kind.FOREIGN_KEY ? "FOREIGN KEY" : "CHECK";
    }

    private static String kind(Constraint.Kind kind) {
        return kind == Constraint.Kind.FOREIGN_KEY ? "foreign-key" : "check";
    }

    private static String blocked(Constraint.Kind kind) {
        return kind == Constraint.Kind.FOREIGN_KEY
                ? "writes to it and to the referenced table wait (SHARE ROW EXCLUSIVE)"
                : "reads and writes wait (ACCESS EXCLUSIVE)";
    }
}
