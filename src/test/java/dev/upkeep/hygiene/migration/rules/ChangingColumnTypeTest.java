package dev.upkeep.hygiene.migration.rules;

import static dev.upkeep.hygiene.migration.rules.Lint.alembic;
import static dev.upkeep.hygiene.migration.rules.Lint.sql;
import static dev.upkeep.hygiene.migration.rules.Lint.upgrade;
import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.domain.Finding;
import org.junit.jupiter.api.Test;

class ChangingColumnTypeTest {
    private static final String RULE = "changing-column-type";

    @Test
    void firesOnTypeChangesOfExistingTables() {
        assertThat(sql(RULE, """
                ALTER TABLE t ALTER COLUMN a TYPE bigint;
                ALTER TABLE t ALTER b SET DATA TYPE text USING b::text;""")).extracting(Finding::subject)
                .containsExactly("t.a", "t.b");
        assertThat(sql(RULE, "ALTER TABLE t ALTER COLUMN a TYPE bigint").get(0).message()).contains("TYPE bigint");
    }

    @Test
    void staysQuietOnOtherColumnChangesAndNewTables() {
        assertThat(sql(RULE, """
                ALTER TABLE t ALTER COLUMN a SET DEFAULT 1;
                CREATE TABLE n (a int);
                ALTER TABLE n ALTER COLUMN a TYPE bigint;""")).isEmpty();
    }

    @Test
    void readsAlembicTypeChanges() {
        assertThat(alembic(RULE, upgrade("""
                op.alter_column('users', 'age', existing_type=sa.Integer(), type_=sa.BigInteger())
                op.alter_column('users', 'name', existing_type=sa.Text(), comment='shown')""")))
                .extracting(Finding::subject).containsExactly("users.age");
    }
}
