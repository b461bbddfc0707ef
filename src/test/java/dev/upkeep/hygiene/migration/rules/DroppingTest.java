package dev.upkeep.hygiene.migration.rules;

import static dev.upkeep.hygiene.migration.rules.Lint.alembic;
import static dev.upkeep.hygiene.migration.rules.Lint.sql;
import static dev.upkeep.hygiene.migration.rules.Lint.upgrade;
import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.domain.Finding;
import org.junit.jupiter.api.Test;

class DroppingTest {
    private static final String RULE = "dropping";

    @Test
    void firesOnDroppedTablesColumnsAndDatabases() {
        assertThat(sql(RULE, """
                DROP TABLE IF EXISTS a, b;
                ALTER TABLE t DROP COLUMN c CASCADE;
                DROP DATABASE old;""")).extracting(Finding::subject).containsExactly("a, b", "t.c", "old");
    }

    @Test
    void staysQuietOnOtherDropsAndOnTablesCreatedInTheSameFile() {
        assertThat(sql(RULE, """
                DROP INDEX CONCURRENTLY i;
                ALTER TABLE t DROP CONSTRAINT k;
                DROP TYPE mood;
                CREATE TABLE scratch (id int);
                ALTER TABLE scratch DROP COLUMN id;
                DROP TABLE scratch;""")).isEmpty();
    }

    @Test
    void readsAlembicDrops() {
        assertThat(alembic(RULE, upgrade("""
                op.drop_column('users', 'legacy')
                op.drop_table('sessions')
                with op.batch_alter_table('orders') as batch:
                    batch.drop_column('note')""")))
                .extracting(Finding::subject).containsExactly("users.legacy", "sessions", "orders.note");
    }
}
