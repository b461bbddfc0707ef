package dev.upkeep.hygiene.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MigrationToolTest {
    @ParameterizedTest
    @CsvSource({
            "src/main/resources/db/migration/V1__init.sql, FLYWAY",
            "db/migration/V1_2__add_orders.sql, FLYWAY",
            "db/migration/R__views.sql, FLYWAY",
            "infra/flyway/sql/V3__x.sql, FLYWAY",
            "prisma/migrations/20240101000000_init/migration.sql, PRISMA",
            "apps/api/prisma/migrations/20240101000000_init/migration.sql, PRISMA",
            "migrations/001_init.up.sql, SQL",
            "db/migrations/20240101120000_orders.sql, SQL",
            "migrations/2024-01-01-000000_orders/up.sql, SQL",
            "db/migration/V1__init.sql.conf, ",
            "migrations/001_init.down.sql, ",
            "migrations/2024-01-01-000000_orders/down.sql, ",
            "db/migration/U1__undo.sql, ",
            "src/schema.sql, ",
            "alembic/versions/3f2a_add_email.py, ALEMBIC",
            "backend/migrations/versions/3f2a_add_email.py, ALEMBIC",
            "alembic/versions/__init__.py, ",
            "alembic/env.py, ",
            "app/models.py, "})
    void recognisesToolsByPathAlone(String path, MigrationTool expected) {
        assertThat(MigrationTool.of(path)).as("of(%s)", path).isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest
    @CsvSource({
            "alembic/versions/a.py, '', true",
            "backend/migrations/versions/a.py, backend/migrations/env.py, true",
            "versions/a.py, env.py, true",
            "backend/migrations/versions/a.py, backend/alembic.ini, true",
            "backend/migrations/versions/a.py, backend/migrations/alembic.ini, true",
            "db/versions/a.py, alembic.ini, true",
            "backend/migrations/versions/a.py, backend/env.py, false",
            "tools/versions/a.py, '', false"})
    void confirmsAlembicRevisionsByTheirEnvPy(String path, String other, boolean expected) {
        List<String> paths = other.isEmpty() ? List.of(path) : List.of(other, path).stream().sorted().toList();
        assertThat(MigrationTool.isAlembicRevision(path, paths)).as("isAlembicRevision(%s, %s)", path, paths)
                .isEqualTo(expected);
    }
}
