package dev.upkeep.hygiene.migration.rules;

import static java.util.Objects.requireNonNull;

import dev.upkeep.domain.Location;
import dev.upkeep.hygiene.migration.sql.AlterAction;
import dev.upkeep.hygiene.migration.sql.Ddl;
import dev.upkeep.hygiene.migration.sql.Ddl.TransactionControl;
import dev.upkeep.hygiene.migration.sql.Name;
import dev.upkeep.hygiene.migration.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One migration file as the rules see it: its statements in order, each with the transaction it
 * runs in, and what is known about the server.
 */
public final class Migration {
    /** An {@code ALTER TABLE} action with its statement and table. */
    public record TableAction(Step step, Name table, AlterAction action) {}

    private final String file;
    private final List<Step> steps;
    private final Optional<Integer> postgresMajor;
    private final boolean lockTimeoutConfigured;
    /** CREATE TABLE steps by table name (unqualified), to answer {@link #isNew} quickly on long files. */
    private final Map<String, List<Step>> creates = new HashMap<>();

    /**
     * @param file the file, relative to the scanned root
     * @param steps the statements in order
     * @param postgresMajor the server's major version, when the repository says
     * @param lockTimeoutConfigured the tool sets {@code lock_timeout} for every migration (its config does)
     */
    public Migration(String file, List<Step> steps, Optional<Integer> postgresMajor, boolean lockTimeoutConfigured) {
        this.file = requireNonNull(file, "file is null");
        this.steps = List.copyOf(steps);
        this.postgresMajor = requireNonNull(postgresMajor, "postgresMajor is null");
        this.lockTimeoutConfigured = lockTimeoutConfigured;
        for (Step step : this.steps) {
            if (step.statement().ddl() instanceof Ddl.CreateTable create) {
                creates.computeIfAbsent(create.table().name(), k -> new ArrayList<>()).add(step);
            }
        }
    }

    public String file() {
        return file;
    }

    public List<Step> steps() {
        return steps;
    }

    public Optional<Integer> postgresMajor() {
        return postgresMajor;
    }

    public boolean lockTimeoutConfigured() {
        return lockTimeoutConfigured;
    }

    /**
     * Places {@code statements} in transactions: the tool's own ({@code mode}) from the start,
     * then as their BEGIN, COMMIT and ROLLBACK say.
     */
    public static Migration of(String file, List<Statement> statements, TransactionMode mode,
            Optional<Integer> postgresMajor, boolean lockTimeoutConfigured) {
        List<Step> steps = new ArrayList<>();
        int ids = 0;
        Step.Transaction current = mode.assumed() ? new Step.Transaction(ids++, mode.reason()) : null;
        for (Statement statement : statements) {
            if (statement.ddl() instanceof TransactionControl control) {
                steps.add(new Step(steps.size(), statement, current));
                switch (control.kind()) {
                    case BEGIN -> current = current != null ? current
                            : new Step.Transaction(ids++, "the transaction opened on line " + statement.line());
                    case COMMIT_AND_CHAIN -> current = new Step.Transaction(ids++,
                            "the transaction chained on line " + statement.line());
                    default -> current = null;
                }
            } else {
                steps.add(new Step(steps.size(), statement, current));
            }
        }
        return new Migration(file, steps, postgresMajor, lockTimeoutConfigured);
    }

    public Location location(Step step) {
        return new Location(file, step.statement().line());
    }

    /** Every ALTER TABLE action, in order. */
    public List<TableAction> tableActions() {
        List<TableAction> actions = new ArrayList<>();
        for (Step step : steps) {
            if (step.statement().ddl() instanceof Ddl.AlterTable alter) {
                for (AlterAction action : alter.actions()) {
                    actions.add(new TableAction(step, alter.table(), action));
                }
            }
        }
        return actions;
    }

    /**
     * Whether {@code table} is created earlier in this file: nobody else uses it yet, so locking
     * or rewriting it is harmless.
     */
    public boolean isNew(Name table, Step before) {
        for (Step step : creates.getOrDefault(table.name(), List.of())) {
            if (step.index() < before.index() && ((Ddl.CreateTable) step.statement().ddl()).table().matches(table)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the server is at least {@code major}; an unknown server counts as current. */
    public boolean postgresAtLeast(int major) {
        return postgresMajor.map(v -> v >= major).orElse(true);
    }

    /** The server version for evidence: {@code 16}, or {@code unknown (assumed current)}. */
    public String postgresLabel() {
        return postgresMajor.map(String::valueOf).orElse("unknown (assumed current)");
    }
}
