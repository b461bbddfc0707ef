package dev.upkeep.hygiene.migration.rules;

import static dev.upkeep.hygiene.migration.rules.Lint.alembic;
import static dev.upkeep.hygiene.migration.rules.Lint.sql;
import static dev.upkeep.hygiene.migration.rules.Lint.upgrade;
import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Location;
import org.junit.jupiter.api.Test;

class ConcurrentInTransactionTest {
    private static final String RULE = "concurrent-index-in-transaction";

    @Test
    void firesInsideAnExplicitTransactionAndSaysWhere() {
        String sql = """
                BEGIN;
                CREATE INDEX CONCURRENTLY a ON t (x);
                DROP INDEX CONCURRENTLY b;
                REINDEX TABLE CONCURRENTLY t;
                ALTER TABLE t DETACH PARTITION p CONCURRENTLY;
                COMMIT;""";
        assertThat(sql(RULE, sql)).extracting(Finding::location).extracting(Location::line).containsExactly(2, 3, 4, 5);
        assertThat(sql(RULE, sql).get(0).message()).contains("the transaction opened on line 1");
    }

    @Test
    void firesInsideTheToolsTransactionUntilACommit() {
        assertThat(sql(RULE, "CREATE INDEX CONCURRENTLY a ON t (x)", Lint.TOOL, null)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("the tool's transaction"));
        assertThat(sql(RULE, "COMMIT;\nCREATE INDEX CONCURRENTLY a ON t (x);\nBEGIN;", Lint.TOOL, null)).isEmpty();
    }

    @Test
    void staysQuietOutsideTransactions() {
        assertThat(sql(RULE, "CREATE INDEX CONCURRENTLY a ON t (x);\nBEGIN;\nCOMMIT;\nDROP INDEX CONCURRENTLY a;")).isEmpty();
    }

    @Test
    void firesOnAlembicConcurrentIndexOutsideAnAutocommitBlock() {
        assertThat(alembic(RULE, upgrade("op.create_index('ix', 't', ['x'], postgresql_concurrently=True)")))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("Alembic runs upgrade() in"));
        assertThat(alembic(RULE, upgrade("""
                with op.get_context().autocommit_block():
                    op.create_index('ix', 't', ['x'], postgresql_concurrently=True)
                    op.execute('REINDEX INDEX CONCURRENTLY other')
                op.execute('DROP INDEX CONCURRENTLY old')"""))).extracting(Finding::location)
                .containsExactly(new Location(Lint.ALEMBIC_FILE, 5));
    }
}
