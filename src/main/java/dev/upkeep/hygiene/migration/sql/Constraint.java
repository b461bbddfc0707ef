package dev.upkeep.hygiene.migration.sql;

import static java.util.Objects.requireNonNull;

/**
 * A table constraint added by {@code ALTER TABLE ... ADD}.
 *
 * @param name the constraint name, or {@code null} when PostgreSQL picks one
 * @param kind what it checks
 * @param notValid added {@code NOT VALID} (existing rows not checked)
 * @param usingIndex the index of {@code UNIQUE/PRIMARY KEY USING INDEX name}, or {@code null}
 * @param notNullColumn for {@code CHECK (col IS NOT NULL)}, the column; otherwise {@code null}
 * @param references the referenced table of a foreign key, or {@code null}
 */
public record Constraint(String name, Kind kind, boolean notValid, String usingIndex, String notNullColumn,
        Name references) {
    public enum Kind { CHECK, UNIQUE, PRIMARY_KEY, FOREIGN_KEY, EXCLUDE }

    public Constraint {
        requireNonNull(kind, "kind is null");
    }
}
