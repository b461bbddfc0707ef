package dev.upkeep.hygiene.migration.sql;

import static java.util.Objects.requireNonNull;

/**
 * A possibly schema-qualified object name as PostgreSQL stores it (unquoted parts folded to lower
 * case).
 *
 * @param schema the schema, or {@code null} when the name is not qualified
 * @param name the object's own name
 */
public record Name(String schema, String name) {
    public Name {
        requireNonNull(name, "name is null");
    }

    public static Name of(String name) {
        return new Name(null, name);
    }

    /** Same object, when schemas are unknown on either side: a migration rarely qualifies both. */
    public boolean matches(Name other) {
        return other != null && name.equals(other.name)
                && (schema == null || other.schema == null || schema.equals(other.schema));
    }

    @Override
    public String toString() {
        return schema == null ? name : schema + "." + name;
    }
}
