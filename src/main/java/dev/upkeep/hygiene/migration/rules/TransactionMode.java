package dev.upkeep.hygiene.migration.rules;

import static java.util.Objects.requireNonNull;

/**
 * Whether the migration tool runs a file inside a transaction of its own before any explicit
 * {@code BEGIN}, and why (the reason is shown in findings).
 *
 * @param assumed the file starts inside a transaction
 * @param reason who opens it, for messages: "Alembic runs upgrade() in a transaction"
 */
public record TransactionMode(boolean assumed, String reason) {
    /** The file runs statement by statement unless it says BEGIN itself. */
    public static final TransactionMode NONE = new TransactionMode(false, "");

    public TransactionMode {
        requireNonNull(reason, "reason is null");
    }

    public static TransactionMode assumed(String reason) {
        return new TransactionMode(true, reason);
    }
}
