package dev.upkeep.hygiene.migration.rules;

import static dev.upkeep.hygiene.migration.rules.Lint.alembic;
import static dev.upkeep.hygiene.migration.rules.Lint.sql;
import static dev.upkeep.hygiene.migration.rules.Lint.upgrade;
import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.domain.Finding;
import org.junit.jupiter.api.Test;

class VacuumFullOrClusterTest {
    private static final String RULE = "vacuum-full-or-cluster";

    @Test
    void firesOnVacuumFullAndCluster() {
        assertThat(sql(RULE, "VACUUM FULL foo, bar;\nVACUUM (FULL) baz;\nCLUSTER foo USING foo_pkey;\nCLUSTER;"))
                .extracting(Finding::subject).containsExactly("foo, bar", "baz", "foo", "every clustered table");
    }

    @Test
    void staysQuietOnPlainVacuum() {
        assertThat(sql(RULE, "VACUUM foo;\nVACUUM ANALYZE foo;\nVACUUM (FULL FALSE) foo;\nVACUUM FREEZE foo;")).isEmpty();
    }

    @Test
    void readsAlembicExecutedVacuum() {
        assertThat(alembic(RULE, upgrade("op.execute('VACUUM FULL users')"))).hasSize(1);
    }
}
