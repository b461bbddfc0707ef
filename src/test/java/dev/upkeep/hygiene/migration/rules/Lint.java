package dev.upkeep.hygiene.migration.rules;

import dev.upkeep.domain.Finding;
import dev.upkeep.hygiene.migration.alembic.AlembicReader;
import dev.upkeep.hygiene.migration.sql.SqlParser;
import java.util.List;
import java.util.Optional;

/** Runs one migration rule over SQL or an Alembic revision, as the family would. */
final class Lint {
    static final String SQL_FILE = "db/migration/V2__change.sql";
    static final String ALEMBIC_FILE = "alembic/versions/a1_change.py";
    static final TransactionMode ALEMBIC = TransactionMode.assumed("the transaction Alembic runs upgrade() in");
    static final TransactionMode TOOL = TransactionMode.assumed("the tool's transaction");

    private Lint() {}

    static List<Finding> sql(String rule, String sql) {
        return sql(rule, sql, TransactionMode.NONE, null);
    }

    static List<Finding> sql(String rule, String sql, TransactionMode mode, Integer postgres) {
        return run(rule, Migration.of(SQL_FILE, SqlParser.parse(sql), mode, Optional.ofNullable(postgres), false));
    }

    static List<Finding> alembic(String rule, String python) {
        return alembic(rule, python, null);
    }

    static List<Finding> alembic(String rule, String python, Integer postgres) {
        return run(rule, Migration.of(ALEMBIC_FILE, AlembicReader.read(python), ALEMBIC, Optional.ofNullable(postgres),
                false));
    }

    static List<Finding> run(String rule, Migration migration) {
        MigrationRule found = MigrationRules.all().stream().filter(r -> r.info().id().equals("migration/" + rule))
                .findFirst().orElseThrow(() -> new AssertionError("no rule migration/" + rule));
        return found.check(migration);
    }

    /** A revision whose upgrade() holds {@code body}, indented; ops start on line 2. */
    static String upgrade(String body) {
        return "def upgrade():\n" + body.lines().map(l -> "    " + l + "\n").reduce("", String::concat);
    }
}
