package dev.upkeep.hygiene.migration.rules;

import static dev.upkeep.hygiene.migration.rules.Lint.alembic;
import static dev.upkeep.hygiene.migration.rules.Lint.sql;
import static dev.upkeep.hygiene.migration.rules.Lint.upgrade;
import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.domain.Finding;
import org.junit.jupiter.api.Test;

class RequireConcurrentDetachTest {
    private static final String RULE = "require-concurrent-partition-detach";

    @Test
    void firesOnDetachWithoutConcurrentlyAndNamesTheVersionWhenItLacksTheFix() {
        assertThat(sql(RULE, "ALTER TABLE t DETACH PARTITION p")).extracting(Finding::subject).containsExactly("t/p");
        assertThat(sql(RULE, "ALTER TABLE t DETACH PARTITION p", TransactionMode.NONE, 13)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("PostgreSQL 13 has no CONCURRENTLY form"));
    }

    @Test
    void staysQuietWhenConcurrentOrFinalizing() {
        assertThat(sql(RULE, "ALTER TABLE t DETACH PARTITION p CONCURRENTLY;\nALTER TABLE t DETACH PARTITION p FINALIZE;"))
                .isEmpty();
    }

    @Test
    void readsAlembicExecutedDetach() {
        assertThat(alembic(RULE, upgrade("op.execute('ALTER TABLE events DETACH PARTITION events_2020')"))).hasSize(1);
    }
}
