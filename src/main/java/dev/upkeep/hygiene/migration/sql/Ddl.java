package dev.upkeep.hygiene.migration.sql;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** What one migration statement does, as far as lock-safety rules need to know. */
public sealed interface Ddl {
    /**
     * {@code CREATE TABLE}; {@code lockedTables} are the existing tables it locks: those its
     * foreign keys reference and the parent it is a partition of.
     */
    record CreateTable(Name table, boolean temporary, List<Name> lockedTables) implements Ddl {
        public CreateTable {
            requireNonNull(table, "table is null");
            lockedTables = List.copyOf(lockedTables);
        }
    }

    /** {@code CREATE INDEX}; {@code index} is {@code null} when unnamed; {@code only} for {@code ON ONLY}. */
    record CreateIndex(Name index, Name table, boolean unique, boolean concurrently, boolean only) implements Ddl {
        public CreateIndex {
            requireNonNull(table, "table is null");
        }
    }

    record DropIndex(List<Name> indexes, boolean concurrently) implements Ddl {
        public DropIndex {
            indexes = List.copyOf(indexes);
        }
    }

    record AlterTable(Name table, List<AlterAction> actions) implements Ddl {
        public AlterTable {
            requireNonNull(table, "table is null");
            actions = List.copyOf(actions);
        }
    }

    record DropTable(List<Name> tables) implements Ddl {
        public DropTable {
            tables = List.copyOf(tables);
        }
    }

    record DropDatabase(Name database) implements Ddl {}

    /** {@code REINDEX}; {@code target} is INDEX, TABLE, SCHEMA, DATABASE or SYSTEM. */
    record Reindex(String target, Name name, boolean concurrently) implements Ddl {}

    record Vacuum(boolean full, List<Name> tables) implements Ddl {
        public Vacuum {
            tables = List.copyOf(tables);
        }
    }

    /** {@code CLUSTER}; {@code table} is {@code null} for a bare {@code CLUSTER}. */
    record Cluster(Name table) implements Ddl {}

    /**
     * {@code SET [LOCAL|SESSION] name = value}, {@code RESET name} or
     * {@code SELECT set_config('name', 'value', is_local)}; {@code value} is {@code null} for a reset.
     */
    record SetParameter(String parameter, String value, boolean local) implements Ddl {
        public SetParameter {
            requireNonNull(parameter, "parameter is null");
        }
    }

    /**
     * {@code BEGIN}, {@code COMMIT}, {@code ROLLBACK} and their synonyms. {@code synthetic} marks
     * the commit and begin a migration tool issues itself (Alembic's autocommit block).
     */
    record TransactionControl(Kind kind, boolean synthetic) implements Ddl {
        public enum Kind { BEGIN, COMMIT, ROLLBACK, COMMIT_AND_CHAIN }

        public TransactionControl {
            requireNonNull(kind, "kind is null");
        }
    }

    /**
     * Any other statement, by its leading keywords; {@code lockedTables} are existing tables it
     * locks (TRUNCATE, LOCK TABLE, CREATE TRIGGER ...).
     */
    record Other(String command, List<Name> lockedTables) implements Ddl {
        public Other {
            requireNonNull(command, "command is null");
            lockedTables = List.copyOf(lockedTables);
        }
    }
}
