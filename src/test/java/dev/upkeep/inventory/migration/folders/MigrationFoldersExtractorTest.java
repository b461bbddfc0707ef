package dev.upkeep.inventory.migration.folders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.domain.InventoryFile;
import dev.upkeep.inventory.Extraction;
import dev.upkeep.inventory.InMemoryFiles;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MigrationFoldersExtractorTest {
    private static final String ALEMBIC = """
            \"\"\"add users\"\"\"
            revision: str = "1a2b3c"
            down_revision: str | None = None
            """;
    private final MigrationFoldersExtractor extractor = new MigrationFoldersExtractor();

    @ParameterizedTest(name = "extract({0})")
    @CsvSource({
        "prisma/migrations/20240101120000_init/migration.sql, migration/prisma",
        "db/migration/V1__init.sql,                           migration/flyway",
        "src/main/resources/db/migration/V2.1__add_index.sql, migration/flyway",
        "sql/R__views.sql,                                    migration/flyway",
        "db/migrations/000001_create_users.up.sql,            migration/sql",
        "migrate/2024-01-01-users.sql,                        migration/sql",
    })
    void classifiesSqlMigrationsByPath(String path, String kind) throws IOException {
        assertThat(extractor.wants(path)).as("wants(%s)", path).isTrue();
        assertThat(extractor.extract(InMemoryFiles.of(path, "CREATE TABLE t (id int);")))
                .as("extract(%s)", path).isEqualTo(new Extraction(List.of(), List.of(new InventoryFile(path, kind)), List.of()));
    }

    @ParameterizedTest(name = "wants({0}) is false")
    @CsvSource({"scripts/cleanup.sql", "prisma/migrations/migration_lock.toml", "alembic/versions/__init__.py", "schema.sql",
        "alembic/env.py"})
    void leavesOtherFiles(String path) {
        assertThat(extractor.wants(path)).as("wants(%s)", path).isFalse();
    }

    @Test
    void anAlembicRevisionIsRecognisedByItsDownRevision() throws IOException {
        String path = "backend/alembic/versions/1a2b3c_add_users.py";
        assertThat(extractor.wants(path)).as("wants(%s)", path).isTrue();
        assertThat(extractor.extract(InMemoryFiles.of(path, ALEMBIC)).files()).as("extract(%s)", path)
                .containsExactly(new InventoryFile(path, "migration/alembic"));
    }

    @Test
    void anotherPythonFileInVersionsIsNoMigration() throws IOException {
        String path = "app/api/versions/v1.py";
        assertThat(extractor.extract(InMemoryFiles.of(path, "ROUTES = []\n"))).as("extract(%s)", path)
                .isEqualTo(Extraction.empty());
    }
}
