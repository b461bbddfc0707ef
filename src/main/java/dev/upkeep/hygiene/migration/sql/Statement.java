package dev.upkeep.hygiene.migration.sql;

import static java.util.Objects.requireNonNull;

/**
 * One statement of a migration.
 *
 * @param line the 1-based line it starts on in the migration file
 * @param ddl what it does
 * @param text a short rendering for messages and evidence
 */
public record Statement(int line, Ddl ddl, String text) {
    public Statement {
        requireNonNull(ddl, "ddl is null");
        requireNonNull(text, "text is null");
    }
}
