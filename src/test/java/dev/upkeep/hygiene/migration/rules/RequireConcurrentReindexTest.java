package dev.upkeep.hygiene.migration.rules;

import static dev.upkeep.hygiene.migration.rules.Lint.alembic;
import static dev.upkeep.hygiene.migration.rules.Lint.sql;
import static dev.upkeep.hygiene.migration.rules.Lint.upgrade;
import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.domain.Finding;
import org.junit.jupiter.api.Test;

class RequireConcurrentReindexTest {
    private static final String RULE = "require-concurrent-reindex";

    @Test
    void firesOnReindexWithoutConcurrently() {
        assertThat(sql(RULE, "REINDEX TABLE foo;\nREINDEX (CONCURRENTLY false) INDEX idx;\nREINDEX SCHEMA s;"))
                .extracting(Finding::subject).containsExactly("TABLE foo", "INDEX idx", "SCHEMA s");
    }

    @Test
    void saysWhenTheServerHasNoConcurrentForm() {
        assertThat(sql(RULE, "REINDEX TABLE foo", TransactionMode.NONE, 11)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("PostgreSQL 11 has no CONCURRENTLY form"));
    }

    @Test
    void staysQuietWithConcurrentlyOrForSystemCatalogs() {
        assertThat(sql(RULE, "REINDEX INDEX CONCURRENTLY foo;\nREINDEX (CONCURRENTLY) TABLE t;\nREINDEX SYSTEM db;")).isEmpty();
    }

    @Test
    void readsAlembicExecutedReindex() {
        assertThat(alembic(RULE, upgrade("op.execute('REINDEX INDEX ix_users_email')"))).hasSize(1);
    }
}
