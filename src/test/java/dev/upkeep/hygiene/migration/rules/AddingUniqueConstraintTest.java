package dev.upkeep.hygiene.migration.rules;

import static dev.upkeep.hygiene.migration.rules.Lint.alembic;
import static dev.upkeep.hygiene.migration.rules.Lint.sql;
import static dev.upkeep.hygiene.migration.rules.Lint.upgrade;
import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.domain.Finding;
import org.junit.jupiter.api.Test;

class AddingUniqueConstraintTest {
    private static final String RULE = "adding-unique-constraint";

    @Test
    void firesOnUniqueConstraintsBuiltInPlace() {
        assertThat(sql(RULE, "ALTER TABLE p ADD CONSTRAINT sku_uq UNIQUE (sku);\nALTER TABLE p ADD COLUMN code text UNIQUE;"))
                .extracting(Finding::subject).containsExactly("p.sku_uq", "p.code");
    }

    @Test
    void staysQuietUsingAConcurrentIndexOrOnNewTables() {
        assertThat(sql(RULE, """
                CREATE UNIQUE INDEX CONCURRENTLY sku_idx ON p (sku);
                ALTER TABLE p ADD CONSTRAINT sku_uq UNIQUE USING INDEX sku_idx;
                ALTER TABLE p DROP CONSTRAINT old_uq;
                CREATE TABLE n (sku text);
                ALTER TABLE n ADD CONSTRAINT n_uq UNIQUE (sku);""")).isEmpty();
    }

    @Test
    void readsAlembicUniqueConstraints() {
        assertThat(alembic(RULE, upgrade("op.create_unique_constraint('uq_email', 'users', ['email'])")))
                .extracting(Finding::subject).containsExactly("users.uq_email");
        assertThat(alembic(RULE, upgrade("""
                with op.batch_alter_table('users') as batch_op:
                    batch_op.create_unique_constraint('uq_name', ['name'])""")))
                .extracting(Finding::subject).containsExactly("users.uq_name");
    }
}
