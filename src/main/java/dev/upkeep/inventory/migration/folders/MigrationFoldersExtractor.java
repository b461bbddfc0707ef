package dev.upkeep.inventory.migration.folders;

import dev.upkeep.domain.InventoryFile;
import dev.upkeep.inventory.Extraction;
import dev.upkeep.inventory.Extractor;
import dev.upkeep.inventory.ExtractorInput;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Records database migrations as files of the inventory, for the migration rules:
 * <ul>
 *   <li>{@code migration/alembic}: a {@code .py} file in a {@code versions/} folder that declares
 *       {@code down_revision} (the only check that reads content);
 *   <li>{@code migration/prisma}: {@code migrations/<timestamp>_<name>/migration.sql};
 *   <li>{@code migration/flyway}: {@code V<version>__<name>.sql}, {@code U...} undo and
 *       {@code R__<name>.sql} repeatable scripts, wherever they are;
 *   <li>{@code migration/sql}: any other {@code .sql} file under a folder named
 *       {@code migrations}, {@code migration} or {@code migrate}.
 * </ul>
 * A file gets one kind, the first that fits in this order.
 */
public final class MigrationFoldersExtractor implements Extractor {
    private static final Pattern ALEMBIC_PATH = Pattern.compile("(?:.*/)?versions/[^/]+\\.py");
    private static final Pattern ALEMBIC_CONTENT = Pattern.compile("(?m)^down_revision\\b");
    private static final Pattern PRISMA_PATH = Pattern.compile("(?:.*/)?migrations/[^/]+/migration\\.sql");
    private static final Pattern FLYWAY_NAME = Pattern.compile("(?:[VU]\\d+(?:[._]\\d+)*|R)__[^/]+\\.sql");
    private static final Set<String> SQL_FOLDERS = Set.of("migrations", "migration", "migrate");

    @Override
    public String id() {
        return "migration/folders";
    }

    @Override
    public String description() {
        return "database migrations (Alembic, Prisma, Flyway, plain SQL) recorded for the migration rules";
    }

    @Override
    public boolean wants(String path) {
        return (ALEMBIC_PATH.matcher(path).matches() && !path.endsWith("/__init__.py")) || sqlKind(path).isPresent();
    }

    @Override
    public Extraction extract(ExtractorInput input) throws IOException {
        String path = input.path();
        Optional<String> kind = sqlKind(path);
        if (path.endsWith(".py") && ALEMBIC_CONTENT.matcher(input.text()).find()) {
            kind = Optional.of("migration/alembic");
        }
        return kind.map(k -> new Extraction(List.of(), List.of(new InventoryFile(path, k)), List.of()))
                .orElse(Extraction.empty());
    }

    private static Optional<String> sqlKind(String path) {
        if (!path.endsWith(".sql")) {
            return Optional.empty();
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (PRISMA_PATH.matcher(path).matches()) {
            return Optional.of("migration/prisma");
        }
        if (FLYWAY_NAME.matcher(name).matches()) {
            return Optional.of("migration/flyway");
        }
        String[] folders = path.split("/");
        for (int i = 0; i < folders.length - 1; i++) {
            if (SQL_FOLDERS.contains(folders[i])) {
                return Optional.of("migration/sql");
            }
        }
        return Optional.empty();
    }
}
