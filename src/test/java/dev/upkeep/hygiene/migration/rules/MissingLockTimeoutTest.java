package dev.upkeep.hygiene.migration.rules;

import static dev.upkeep.hygiene.migration.rules.Lint.alembic;
import static dev.upkeep.hygiene.migration.rules.Lint.sql;
import static dev.upkeep.hygiene.migration.rules.Lint.upgrade;
import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.domain.Location;
import dev.upkeep.hygiene.migration.sql.SqlParser;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MissingLockTimeoutTest {
    private static final String RULE = "missing-lock-timeout";

    @Test
    void firesOnceAtTheFirstStatementThatWaitsForALock() {
        assertThat(sql(RULE, """
                CREATE TABLE n (id int);
                ALTER TABLE n ADD COLUMN a int;
                ALTER TABLE t ADD COLUMN c boolean;
                ALTER TABLE t ADD COLUMN d boolean;""")).singleElement().satisfies(f -> {
                    assertThat(f.location()).isEqualTo(new Location(Lint.SQL_FILE, 3));
                    assertThat(f.message()).contains("ACCESS EXCLUSIVE lock on t");
                });
        assertThat(sql(RULE, "CREATE TABLE c (id int REFERENCES p (id))")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("SHARE ROW EXCLUSIVE lock on p"));
    }

    @Test
    void firesWhenTheTimeoutComesTooLateIsZeroOrIsNotLockTimeout() {
        assertThat(sql(RULE, "ALTER TABLE t ADD COLUMN c int;\nSET lock_timeout = '1s';")).hasSize(1);
        assertThat(sql(RULE, "SET lock_timeout = 0;\nALTER TABLE t ADD COLUMN c int;")).hasSize(1);
        assertThat(sql(RULE, "SET foo.lock_timeout = '1s';\nALTER TABLE t ADD COLUMN c int;")).hasSize(1);
        assertThat(sql(RULE, "BEGIN;\nSET LOCAL lock_timeout = '1s';\nCOMMIT;\nDROP TABLE t;")).hasSize(1);
    }

    @Test
    void staysQuietWithATimeoutOrWithoutContendedLocks() {
        assertThat(sql(RULE, "SET Lock_Timeout = '1s';\nALTER TABLE t ADD COLUMN c boolean;")).isEmpty();
        assertThat(sql(RULE, "BEGIN;\nSET LOCAL lock_timeout = '1s';\nDROP TABLE t;\nCOMMIT;")).isEmpty();
        assertThat(sql(RULE, "SELECT set_config('lock_timeout', '2s', false);\nTRUNCATE t;")).isEmpty();
        assertThat(sql(RULE, """
                SELECT * FROM t;
                CREATE TABLE n (id int);
                CREATE INDEX CONCURRENTLY i ON t (a);
                ALTER TABLE t VALIDATE CONSTRAINT k;
                COMMENT ON COLUMN t.c IS 'x';""")).isEmpty();
        Migration configured = Migration.of(Lint.SQL_FILE, SqlParser.parse("ALTER TABLE t ADD c int"),
                TransactionMode.NONE, Optional.empty(), true);
        assertThat(Lint.run(RULE, configured)).as("lock_timeout set by the tool's configuration").isEmpty();
    }

    @Test
    void readsAlembicExecutedSettings() {
        assertThat(alembic(RULE, upgrade("op.add_column('t', sa.Column('c', sa.Integer))"))).hasSize(1);
        assertThat(alembic(RULE, upgrade("""
                op.execute("SET LOCAL lock_timeout = '3s'")
                op.add_column('t', sa.Column('c', sa.Integer))"""))).isEmpty();
    }
}
