package dev.upkeep.hygiene.migration;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The migration tools whose files the family reads, recognised by path alone. */
enum MigrationTool {
    /** {@code db/migration/V1__init.sql}, {@code R__views.sql}. */
    FLYWAY,
    /** {@code prisma/migrations/20240101000000_init/migration.sql}. */
    PRISMA,
    /** Any other {@code .sql} under a {@code migrations} folder (golang-migrate, dbmate, goose, sqlx, Diesel). */
    SQL,
    /** {@code alembic/versions/abc123_add_users.py}, or {@code versions/*.py} beside Alembic's {@code env.py}. */
    ALEMBIC;

    private static final Pattern FLYWAY_NAME = Pattern.compile("(V\\d[\\w.]*?|R)__.+\\.sql");

    /** The tool a path belongs to; a cheap check of its name and folders. */
    static Optional<MigrationTool> of(String path) {
        List<String> parts = List.of(path.split("/"));
        int n = parts.size();
        String name = parts.get(n - 1);
        String parent = n > 1 ? parts.get(n - 2) : "";
        if (name.endsWith(".py")) {
            return parent.equals("versions") && !name.equals("__init__.py") ? Optional.of(ALEMBIC) : Optional.empty();
        }
        if (!name.endsWith(".sql")) {
            return Optional.empty();
        }
        if (name.equals("migration.sql") && n >= 4 && parts.get(n - 3).equals("migrations")
                && parts.get(n - 4).equals("prisma")) {
            return Optional.of(PRISMA);
        }
        if (FLYWAY_NAME.matcher(name).matches() && (path.startsWith("db/migration/") || path.contains("/db/migration/")
                || parts.contains("flyway"))) {
            return Optional.of(FLYWAY);
        }
        boolean down = name.equals("down.sql") || name.endsWith(".down.sql");
        return !down && parts.subList(0, n - 1).contains("migrations") ? Optional.of(SQL) : Optional.empty();
    }

    /**
     * Whether a {@code versions/*.py} file really is an Alembic revision: under an
     * {@code alembic} folder, or with Alembic's {@code env.py} or {@code alembic.ini} beside its
     * {@code versions} folder, or {@code alembic.ini} one level up (the usual project layout).
     */
    static boolean isAlembicRevision(String path, List<String> sortedPaths) {
        if (path.startsWith("alembic/versions/") || path.contains("/alembic/versions/")) {
            return true;
        }
        String home = parent(parent(path));
        return exists(sortedPaths, home + "env.py") || exists(sortedPaths, home + "alembic.ini")
                || (!home.isEmpty() && exists(sortedPaths, parent(home.substring(0, home.length() - 1)) + "alembic.ini"));
    }

    /** The folder of {@code path} with a trailing slash, or "" at the root. */
    private static String parent(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        int slash = trimmed.lastIndexOf('/');
        return slash < 0 ? "" : trimmed.substring(0, slash + 1);
    }

    private static boolean exists(List<String> sortedPaths, String path) {
        return Collections.binarySearch(sortedPaths, path) >= 0;
    }
}
