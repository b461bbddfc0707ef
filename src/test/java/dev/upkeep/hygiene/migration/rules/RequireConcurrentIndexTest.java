package dev.upkeep.hygiene.migration.rules;

import static dev.upkeep.hygiene.migration.rules.Lint.alembic;
import static dev.upkeep.hygiene.migration.rules.Lint.sql;
import static dev.upkeep.hygiene.migration.rules.Lint.upgrade;
import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequireConcurrentIndexTest {
    private static final String RULE = "require-concurrent-index";

    @Test
    void firesOnAnIndexBuiltOnAnExistingTable() {
        List<Finding> findings = sql(RULE, "SET lock_timeout = '1s';\nCREATE UNIQUE INDEX idx_email ON users (email);");
        assertThat(findings).as("%s on a plain CREATE INDEX", RULE).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("migration/require-concurrent-index");
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.location()).isEqualTo(new Location(Lint.SQL_FILE, 2));
            assertThat(f.subject()).isEqualTo("users.idx_email");
            assertThat(f.message()).contains("without CONCURRENTLY").contains("users");
            assertThat(f.evidence()).containsEntry("statement", "CREATE UNIQUE INDEX idx_email ON users (email)");
        });
    }

    @Test
    void staysQuietWithConcurrentlyOnANewTableOrOnOnlyTheParent() {
        assertThat(sql(RULE, "CREATE INDEX CONCURRENTLY idx ON users (email)")).isEmpty();
        assertThat(sql(RULE, "CREATE TABLE t (id int);\nCREATE INDEX ON t (id);")).isEmpty();
        assertThat(sql(RULE, "CREATE INDEX idx ON ONLY measurements (ts)")).isEmpty();
    }

    @Test
    void firesOnAlembicCreateIndexWithoutConcurrently() {
        List<Finding> findings = alembic(RULE, upgrade("op.create_index(op.f('ix_users_email'), 'users', ['email'])"));
        assertThat(findings).extracting(Finding::location).containsExactly(new Location(Lint.ALEMBIC_FILE, 2));
    }

    @Test
    void staysQuietOnAlembicConcurrentOrNewTableIndexes() {
        assertThat(alembic(RULE, upgrade("""
                with op.get_context().autocommit_block():
                    op.create_index('ix', 'users', ['email'], postgresql_concurrently=True)
                op.create_table('t', sa.Column('id', sa.Integer))
                op.create_index('ix_t', 't', ['id'])"""))).isEmpty();
    }
}
