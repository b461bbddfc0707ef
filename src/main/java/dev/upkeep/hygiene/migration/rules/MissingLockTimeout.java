package dev.upkeep.hygiene.migration.rules;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.migration.sql.Ddl;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A statement that must wait for a lock on a busy table, with no {@code lock_timeout} set, queues
 * behind any long transaction, and every query on that table then queues behind it. Reported once
 * per file, at the first such statement.
 */
final class MissingLockTimeout extends BaseRule {
    private static final Pattern ZERO = Pattern.compile("0+(\\.0*)?\\s*[a-z]*", Pattern.CASE_INSENSITIVE);

    MissingLockTimeout() {
        super("missing-lock-timeout", Severity.MEDIUM,
                "No lock_timeout before statements that lock busy tables",
                "Start the migration with SET lock_timeout = '5s' (or SET LOCAL inside the transaction; Alembic: "
                        + "in env.py or op.execute), and retry the migration when it times out.");
    }

    @Override
    public List<Finding> check(Migration m) {
        if (m.lockTimeoutConfigured()) {
            return List.of();
        }
        boolean session = false;
        int localTransaction = -1;
        for (Step step : m.steps()) {
            if (step.statement().ddl() instanceof Ddl.SetParameter set && set.parameter().equals("lock_timeout")) {
                boolean enabled = set.value() != null && !ZERO.matcher(set.value().strip()).matches();
                if (!set.local()) {
                    session = enabled;
                } else if (step.inTransaction()) {
                    localTransaction = enabled ? step.transaction().id() : -1;
                }
                continue;
            }
            boolean effective = session || (step.inTransaction() && step.transaction().id() == localTransaction);
            Locks.Lock lock = effective ? null : Locks.onExisting(m, step);
            if (lock != null) {
                return List.of(finding(m, step, "lock_timeout", "This statement waits for " + article(lock.mode())
                        + " " + lock.mode() + " lock on " + lock.target() + " with no lock_timeout set: behind a "
                        + "long-running query it waits, and every query on the table queues behind it."));
            }
        }
        return List.of();
    }

    private static String article(String mode) {
        return mode.startsWith("A") ? "an" : "a";
    }
}
