package dev.upkeep.hygiene.migration.rules;

import static dev.upkeep.hygiene.migration.rules.Lint.alembic;
import static dev.upkeep.hygiene.migration.rules.Lint.sql;
import static dev.upkeep.hygiene.migration.rules.Lint.upgrade;
import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.domain.Finding;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConstraintMissingNotValidTest {
    private static final String RULE = "constraint-missing-not-valid";

    @Test
    void firesOnForeignKeysAndChecksAddedWithoutNotValid() {
        assertThat(sql(RULE, """
                ALTER TABLE email ADD CONSTRAINT fk_user FOREIGN KEY (user_id) REFERENCES users (id);
                ALTER TABLE accounts ADD CONSTRAINT positive CHECK (balance >= 0);
                ALTER TABLE email ADD COLUMN owner_id int REFERENCES users (id);"""))
                .extracting(f -> f.evidence().get("constraint"), f -> f.evidence().get("problem")).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("foreign-key", "missing-not-valid"),
                        org.assertj.core.groups.Tuple.tuple("check", "missing-not-valid"),
                        org.assertj.core.groups.Tuple.tuple("foreign-key", "missing-not-valid"));
    }

    @Test
    void firesWhenValidatedInTheSameTransaction() {
        String sql = """
                BEGIN;
                ALTER TABLE email ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
                ALTER TABLE email VALIDATE CONSTRAINT fk;
                COMMIT;""";
        assertThat(sql(RULE, sql)).singleElement().satisfies(f -> {
            assertThat(f.location().line()).isEqualTo(3);
            assertThat(f.evidence()).containsAllEntriesOf(Map.of("problem", "validated-in-same-transaction"));
            assertThat(f.message()).contains("line 2");
        });
    }

    @Test
    void staysQuietWithNotValidThenALaterValidateOrOnNewTables() {
        assertThat(sql(RULE, """
                ALTER TABLE email ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
                ALTER TABLE email VALIDATE CONSTRAINT fk;
                ALTER TABLE email ADD CONSTRAINT uq UNIQUE USING INDEX email_idx;
                CREATE TABLE foo (age int);
                ALTER TABLE foo ADD CONSTRAINT adult CHECK (age >= 18);""")).isEmpty();
    }

    @Test
    void readsAlembicConstraints() {
        assertThat(alembic(RULE, upgrade("""
                op.create_foreign_key('fk_owner', 'orders', 'users', ['owner_id'], ['id'])
                op.create_check_constraint('ck_qty', 'orders', 'qty > 0', postgresql_not_valid=True)
                op.create_foreign_key('fk_shop', 'orders', 'shops', ['shop_id'], ['id'], postgresql_not_valid=True)
                op.execute('ALTER TABLE orders VALIDATE CONSTRAINT fk_shop')""")))
                .extracting(Finding::subject, f -> f.evidence().get("problem")).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("orders.fk_owner", "missing-not-valid"),
                        org.assertj.core.groups.Tuple.tuple("orders.fk_shop", "validated-in-same-transaction"));
    }
}
