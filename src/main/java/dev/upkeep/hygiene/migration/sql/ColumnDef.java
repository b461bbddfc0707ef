package dev.upkeep.hygiene.migration.sql;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A column as added by {@code ALTER TABLE ... ADD COLUMN} (or Alembic's {@code sa.Column}).
 *
 * @param name the column name
 * @param type the type as written
 * @param notNull declared {@code NOT NULL} (a primary key column is not null too)
 * @param defaultValue the {@code DEFAULT} expression's tokens, or {@code null} without one
 * @param generatedStored {@code GENERATED ALWAYS AS (...) STORED}
 * @param identity {@code GENERATED ... AS IDENTITY}
 * @param primaryKey an inline {@code PRIMARY KEY}
 * @param unique an inline {@code UNIQUE}
 * @param references the table of an inline {@code REFERENCES}, or {@code null}
 */
public record ColumnDef(
        String name,
        String type,
        boolean notNull,
        List<Token> defaultValue,
        boolean generatedStored,
        boolean identity,
        boolean primaryKey,
        boolean unique,
        Name references) {

    private static final Set<String> SERIAL_TYPES =
            Set.of("serial", "serial2", "serial4", "serial8", "smallserial", "bigserial");

    public ColumnDef {
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
        defaultValue = defaultValue == null ? null : List.copyOf(defaultValue);
    }

    /** A {@code serial} type: an implicit {@code DEFAULT nextval(...)} and {@code NOT NULL}. */
    public boolean serial() {
        return SERIAL_TYPES.contains(type.strip().toLowerCase(Locale.ROOT));
    }

    /** Whether a default is written and is not just {@code NULL}. */
    public boolean hasDefault() {
        return defaultValue != null && !(defaultValue.size() == 1 && defaultValue.get(0).is("null"));
    }
}
