package dev.upkeep.hygiene.migration.sql;

import java.util.List;

/** One action of an {@code ALTER TABLE} statement; actions are separated by commas. */
public sealed interface AlterAction {
    record AddColumn(ColumnDef column) implements AlterAction {}

    record AddConstraint(Constraint constraint) implements AlterAction {}

    record AlterColumnType(String column, String type) implements AlterAction {}

    record SetNotNull(String column) implements AlterAction {}

    record DropNotNull(String column) implements AlterAction {}

    record SetDefault(String column, List<Token> expression) implements AlterAction {
        public SetDefault {
            expression = List.copyOf(expression);
        }
    }

    record DropDefault(String column) implements AlterAction {}

    record DropColumn(String column) implements AlterAction {}

    record DropConstraint(String name) implements AlterAction {}

    record ValidateConstraint(String name) implements AlterAction {}

    record RenameColumn(String from, String to) implements AlterAction {}

    record RenameTable(Name to) implements AlterAction {}

    record RenameConstraint(String from, String to) implements AlterAction {}

    record DetachPartition(Name partition, boolean concurrently, boolean finalizing) implements AlterAction {}

    /** An action no rule looks at, by its first words. */
    record Other(String text) implements AlterAction {}
}
