package dev.upkeep.hygiene.migration.rules;

import static dev.upkeep.hygiene.migration.rules.Lint.alembic;
import static dev.upkeep.hygiene.migration.rules.Lint.sql;
import static dev.upkeep.hygiene.migration.rules.Lint.upgrade;
import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.domain.Finding;
import org.junit.jupiter.api.Test;

class SetNotNullTest {
    private static final String RULE = "set-not-null";
    private static final String VALIDATED_FIRST = """
            ALTER TABLE foo ADD CONSTRAINT bar_nn CHECK (bar IS NOT NULL) NOT VALID;
            ALTER TABLE foo VALIDATE CONSTRAINT bar_nn;
            ALTER TABLE foo ALTER COLUMN bar SET NOT NULL;""";

    @Test
    void firesWithoutAValidatedCheck() {
        assertThat(sql(RULE, "ALTER TABLE foo ALTER COLUMN bar SET NOT NULL")).singleElement()
                .satisfies(f -> assertThat(f.subject()).isEqualTo("foo.bar"));
        assertThat(sql(RULE, """
                ALTER TABLE foo ADD CONSTRAINT baz_nn CHECK (baz IS NOT NULL) NOT VALID;
                ALTER TABLE foo VALIDATE CONSTRAINT baz_nn;
                ALTER TABLE foo ALTER COLUMN bar SET NOT NULL;""")).as("check on another column").hasSize(1);
        assertThat(sql(RULE, """
                ALTER TABLE foo ADD CONSTRAINT bar_nn CHECK (bar IS NOT NULL) NOT VALID;
                ALTER TABLE foo ALTER COLUMN bar SET NOT NULL;""")).as("check never validated").hasSize(1);
    }

    @Test
    void staysQuietAfterAValidatedCheckFromPostgres12() {
        assertThat(sql(RULE, VALIDATED_FIRST, TransactionMode.NONE, 12)).isEmpty();
        assertThat(sql(RULE, VALIDATED_FIRST)).as("unknown server counts as current").isEmpty();
        assertThat(sql(RULE, """
                ALTER TABLE foo VALIDATE CONSTRAINT defined_in_an_earlier_migration;
                ALTER TABLE foo ALTER COLUMN bar SET NOT NULL;""")).isEmpty();
        assertThat(sql(RULE, "CREATE TABLE foo (bar int);\nALTER TABLE foo ALTER COLUMN bar SET NOT NULL;")).isEmpty();
    }

    @Test
    void firesBeforePostgres12EvenAfterAValidatedCheck() {
        assertThat(sql(RULE, VALIDATED_FIRST, TransactionMode.NONE, 11)).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("PostgreSQL 11");
            assertThat(f.evidence()).containsEntry("postgres", "11");
        });
    }

    @Test
    void readsAlembicNullableFalse() {
        assertThat(alembic(RULE, upgrade("op.alter_column('users', 'email', nullable=False)")))
                .extracting(Finding::subject).containsExactly("users.email");
        assertThat(alembic(RULE, upgrade("""
                op.create_check_constraint('email_nn', 'users', 'email IS NOT NULL', postgresql_not_valid=True)
                op.execute('ALTER TABLE users VALIDATE CONSTRAINT email_nn')
                op.alter_column('users', 'email', nullable=False)""")))
                .isEmpty();
    }
}
