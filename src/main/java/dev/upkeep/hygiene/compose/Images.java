package dev.upkeep.hygiene.compose;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What an image reference says: its name, its tag, and whether it is a database and where it keeps data. */
final class Images {
    /** Database images by repository name (the part after the last slash), and their data directory. */
    private static final Map<String, String> DATA_DIRS = Map.ofEntries(
            Map.entry("postgres", "/var/lib/postgresql/data"),
            Map.entry("postgis", "/var/lib/postgresql/data"),
            Map.entry("pgvector", "/var/lib/postgresql/data"),
            Map.entry("timescaledb", "/var/lib/postgresql/data"),
            Map.entry("timescaledb-ha", "/home/postgres/pgdata"),
            Map.entry("postgresql", "/bitnami/postgresql"),
            Map.entry("mysql", "/var/lib/mysql"),
            Map.entry("mariadb", "/var/lib/mysql"),
            Map.entry("percona-server", "/var/lib/mysql"),
            Map.entry("mongo", "/data/db"),
            Map.entry("mongodb", "/bitnami/mongodb"),
            Map.entry("clickhouse-server", "/var/lib/clickhouse"),
            Map.entry("couchdb", "/opt/couchdb/data"),
            Map.entry("cockroach", "/cockroach/cockroach-data"));
    /** In-memory stores: databases for readiness and exposure, but often kept without persistence on purpose. */
    private static final Set<String> CACHES = Set.of("redis", "redis-stack", "redis-stack-server", "valkey", "keydb", "dragonfly", "memcached");
    private static final Pattern REF = Pattern.compile("^(?<name>[^@]+?)(?::(?<tag>[\\w][\\w.-]{0,127}))?(?:@(?<digest>\\S+))?$");

    private Images() {}

    static String repository(String image) {
        Matcher m = REF.matcher(image.strip());
        String name = m.matches() ? m.group("name") : image;
        return name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }

    static Optional<String> tag(String image) {
        Matcher m = REF.matcher(image.strip());
        return m.matches() ? Optional.ofNullable(m.group("tag")) : Optional.empty();
    }

    static boolean hasDigest(String image) {
        return image.contains("@sha256:");
    }

    static boolean isDatabase(String image) {
        String repo = repository(image);
        return DATA_DIRS.containsKey(repo) || CACHES.contains(repo);
    }

    /** Where a persistent database image keeps its data; empty for caches and non-databases. */
    static Optional<String> dataDir(String image) {
        String repo = repository(image);
        String dir = DATA_DIRS.get(repo);
        if (dir == null) {
            return Optional.empty();
        }
        if (dir.equals("/var/lib/postgresql/data") && postgresMajor(image) >= 18) {
            return Optional.of("/var/lib/postgresql"); // the 18+ images keep PGDATA in a versioned folder below it
        }
        return Optional.of(dir);
    }

    private static int postgresMajor(String image) {
        Matcher m = Pattern.compile("^(?:pg)?(\\d{1,2})(?!\\d)").matcher(tag(image).orElse(""));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
