package dev.upkeep.hygiene.migration.rules;

import static java.util.Objects.requireNonNull;

import dev.upkeep.hygiene.migration.sql.Statement;

/**
 * A statement in its place in the migration.
 *
 * @param index its position, from 0
 * @param statement the statement
 * @param transaction the transaction it runs in, or {@code null} when it runs on its own
 */
public record Step(int index, Statement statement, Transaction transaction) {
    /** One transaction; {@code reason} says who opened it, for messages. */
    public record Transaction(int id, String reason) {
        public Transaction {
            requireNonNull(reason, "reason is null");
        }
    }

    public Step {
        requireNonNull(statement, "statement is null");
    }

    public boolean inTransaction() {
        return transaction != null;
    }

    /** Whether this and {@code other} run in one and the same transaction. */
    public boolean sameTransaction(Step other) {
        return transaction != null && other.transaction != null && transaction.id() == other.transaction.id();
    }
}
