package dev.upkeep.hygiene.migration.rules;

import static dev.upkeep.hygiene.migration.rules.Lint.alembic;
import static dev.upkeep.hygiene.migration.rules.Lint.sql;
import static dev.upkeep.hygiene.migration.rules.Lint.upgrade;
import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.domain.Finding;
import org.junit.jupiter.api.Test;

class AddingPrimaryKeyTest {
    private static final String RULE = "adding-primary-key";

    @Test
    void firesOnPrimaryKeysBuiltInPlace() {
        assertThat(sql(RULE, "ALTER TABLE items ADD PRIMARY KEY (id);\nALTER TABLE a ADD COLUMN b SERIAL PRIMARY KEY;"))
                .extracting(Finding::subject).containsExactly("items", "a.b");
    }

    @Test
    void staysQuietUsingAnIndexOrOnNewTables() {
        assertThat(sql(RULE, """
                ALTER TABLE items ADD CONSTRAINT items_pk PRIMARY KEY USING INDEX items_pk;
                CREATE TABLE n (id int);
                ALTER TABLE n ADD PRIMARY KEY (id);""")).isEmpty();
    }

    @Test
    void readsAlembicPrimaryKeys() {
        assertThat(alembic(RULE, upgrade("op.create_primary_key('pk_items', 'items', ['id'])"))).hasSize(1);
        assertThat(alembic(RULE, upgrade("""
                op.create_table('n', sa.Column('id', sa.Integer))
                op.create_primary_key('pk_n', 'n', ['id'])"""))).isEmpty();
    }
}
