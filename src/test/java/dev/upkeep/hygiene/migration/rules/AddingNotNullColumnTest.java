package dev.upkeep.hygiene.migration.rules;

import static dev.upkeep.hygiene.migration.rules.Lint.alembic;
import static dev.upkeep.hygiene.migration.rules.Lint.sql;
import static dev.upkeep.hygiene.migration.rules.Lint.upgrade;
import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.domain.Finding;
import org.junit.jupiter.api.Test;

class AddingNotNullColumnTest {
    private static final String RULE = "adding-not-null-column";

    @Test
    void firesOnNotNullWithoutAUsableDefault() {
        assertThat(sql(RULE, """
                ALTER TABLE recipe ADD COLUMN public boolean NOT NULL;
                ALTER TABLE recipe ADD COLUMN code text DEFAULT NULL NOT NULL;
                ALTER TABLE recipe ADD COLUMN id2 int PRIMARY KEY;""")).extracting(Finding::subject)
                .containsExactly("recipe.public", "recipe.code", "recipe.id2");
    }

    @Test
    void staysQuietWithADefaultAGeneratedValueOrANewTable() {
        assertThat(sql(RULE, """
                ALTER TABLE r ADD COLUMN a int NOT NULL DEFAULT 0;
                ALTER TABLE r ADD COLUMN b numeric GENERATED ALWAYS AS (x + y) STORED NOT NULL;
                ALTER TABLE r ADD COLUMN c bigint GENERATED ALWAYS AS IDENTITY;
                ALTER TABLE r ADD COLUMN d bigserial NOT NULL;
                ALTER TABLE r ADD COLUMN e text;
                CREATE TABLE n (id int);
                ALTER TABLE n ADD COLUMN f text NOT NULL;""")).isEmpty();
    }

    @Test
    void firesOnAlembicNullableFalseWithOnlyAPythonSideDefault() {
        assertThat(alembic(RULE, upgrade("""
                op.add_column('users', sa.Column('active', sa.Boolean(), nullable=False, default=True))
                op.add_column('users', sa.Column('kind', sa.Text(), nullable=False, server_default='basic'))
                op.add_column('users', sa.Column('note', sa.Text()))""")))
                .extracting(Finding::subject).containsExactly("users.active");
    }
}
