package dev.upkeep.hygiene.migration.rules;

import static dev.upkeep.hygiene.migration.rules.Lint.alembic;
import static dev.upkeep.hygiene.migration.rules.Lint.sql;
import static dev.upkeep.hygiene.migration.rules.Lint.upgrade;
import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.domain.Finding;
import org.junit.jupiter.api.Test;

class RequireConcurrentIndexDropTest {
    private static final String RULE = "require-concurrent-index-drop";

    @Test
    void firesOncePerStatementDroppingExistingIndexes() {
        assertThat(sql(RULE, "DROP INDEX IF EXISTS a, b;\nDROP INDEX c;")).extracting(Finding::subject)
                .containsExactly("a, b", "c");
    }

    @Test
    void staysQuietWithConcurrentlyOrForAnIndexCreatedInTheSameFile() {
        assertThat(sql(RULE, "DROP INDEX CONCURRENTLY IF EXISTS a")).isEmpty();
        assertThat(sql(RULE, "CREATE INDEX tmp ON t (a);\nDROP INDEX tmp;")).isEmpty();
    }

    @Test
    void readsAlembicDropIndex() {
        assertThat(alembic(RULE, upgrade("op.drop_index('ix_a', table_name='t')"))).hasSize(1);
        assertThat(alembic(RULE, upgrade("""
                with op.get_context().autocommit_block():
                    op.drop_index('ix_a', table_name='t', postgresql_concurrently=True)"""))).isEmpty();
    }
}
