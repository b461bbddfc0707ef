package dev.upkeep.hygiene.migration.rules;

import dev.upkeep.hygiene.migration.sql.AlterAction;
import dev.upkeep.hygiene.migration.sql.Constraint;
import dev.upkeep.hygiene.migration.sql.Ddl;
import dev.upkeep.hygiene.migration.sql.Name;
import java.util.List;

/**
 * Which lock a statement waits for on a table that already exists, as far as it matters for
 * {@code lock_timeout}: locks that conflict with ordinary reads or writes. Locks weaker than that
 * (SHARE UPDATE EXCLUSIVE for CONCURRENTLY operations and VALIDATE CONSTRAINT) queue behind long
 * transactions without blocking the application, so they are not reported.
 */
final class Locks {
    /** A lock {@code mode} taken on {@code target}. */
    record Lock(String mode, String target) {}

    private static final String ACCESS_EXCLUSIVE = "ACCESS EXCLUSIVE";
    private static final String SHARE_ROW_EXCLUSIVE = "SHARE ROW EXCLUSIVE";

    private Locks() {}

    /** The lock {@code step} waits for on an existing table, or {@code null}. */
    static Lock onExisting(Migration m, Step step) {
        Ddl ddl = step.statement().ddl();
        if (ddl instanceof Ddl.CreateIndex index) {
            return index.concurrently() || m.isNew(index.table(), step) ? null : new Lock("SHARE", index.table().toString());
        } else if (ddl instanceof Ddl.DropIndex drop) {
            return drop.concurrently() || drop.indexes().isEmpty() ? null
                    : new Lock(ACCESS_EXCLUSIVE, "the table of " + drop.indexes().get(0));
        } else if (ddl instanceof Ddl.AlterTable alter) {
            return m.isNew(alter.table(), step) ? null : alterLock(alter);
        } else if (ddl instanceof Ddl.DropTable drop) {
            return first(m, step, drop.tables(), ACCESS_EXCLUSIVE);
        } else if (ddl instanceof Ddl.Reindex reindex) {
            return reindex.concurrently() || reindex.name() == null ? null
                    : new Lock(ACCESS_EXCLUSIVE, reindex.target().toLowerCase(java.util.Locale.ROOT) + " " + reindex.name());
        } else if (ddl instanceof Ddl.Vacuum vacuum) {
            return vacuum.full() ? new Lock(ACCESS_EXCLUSIVE, vacuum.tables().isEmpty() ? "every table"
                    : vacuum.tables().get(0).toString()) : null;
        } else if (ddl instanceof Ddl.Cluster cluster) {
            return new Lock(ACCESS_EXCLUSIVE, cluster.table() == null ? "every clustered table" : cluster.table().toString());
        } else if (ddl instanceof Ddl.CreateTable create) {
            return first(m, step, create.lockedTables(), SHARE_ROW_EXCLUSIVE);
        } else if (ddl instanceof Ddl.Other other) {
            boolean trigger = other.command().endsWith("TRIGGER");
            return first(m, step, other.lockedTables(), trigger ? SHARE_ROW_EXCLUSIVE : ACCESS_EXCLUSIVE);
        }
        return null;
    }

    private static Lock alterLock(Ddl.AlterTable alter) {
        boolean foreignKeysOnly = true;
        boolean light = true;
        for (AlterAction action : alter.actions()) {
            boolean validate = action instanceof AlterAction.ValidateConstraint;
            boolean concurrentDetach = action instanceof AlterAction.DetachPartition d && d.concurrently();
            boolean foreignKey = action instanceof AlterAction.AddConstraint add
                    && add.constraint().kind() == Constraint.Kind.FOREIGN_KEY;
            light &= validate || concurrentDetach;
            foreignKeysOnly &= foreignKey || validate;
        }
        if (light) {
            return null;
        }
        return new Lock(foreignKeysOnly ? SHARE_ROW_EXCLUSIVE : ACCESS_EXCLUSIVE, alter.table().toString());
    }

    private static Lock first(Migration m, Step step, List<Name> tables, String mode) {
        return tables.stream().filter(t -> !m.isNew(t, step)).findFirst()
                .map(t -> new Lock(mode, t.toString())).orElse(null);
    }
}
