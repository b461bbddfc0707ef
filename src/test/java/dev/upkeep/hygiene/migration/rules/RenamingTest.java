package dev.upkeep.hygiene.migration.rules;

import static dev.upkeep.hygiene.migration.rules.Lint.alembic;
import static dev.upkeep.hygiene.migration.rules.Lint.sql;
import static dev.upkeep.hygiene.migration.rules.Lint.upgrade;
import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.domain.Finding;
import org.junit.jupiter.api.Test;

class RenamingTest {
    private static final String RULE = "renaming";

    @Test
    void firesOnColumnAndTableRenames() {
        assertThat(sql(RULE, "ALTER TABLE t RENAME COLUMN a TO b;\nALTER TABLE t RENAME TO u;"))
                .extracting(Finding::subject).containsExactly("t.a", "t");
    }

    @Test
    void staysQuietOnConstraintRenamesAndNewTables() {
        assertThat(sql(RULE, """
                ALTER TABLE t RENAME CONSTRAINT a TO b;
                CREATE TABLE n (a int);
                ALTER TABLE n RENAME COLUMN a TO b;""")).isEmpty();
    }

    @Test
    void readsAlembicRenames() {
        assertThat(alembic(RULE, upgrade("""
                op.alter_column('users', 'mail', new_column_name='email')
                op.rename_table('user', 'users')""")))
                .extracting(Finding::subject).containsExactly("users.mail", "user");
    }
}
