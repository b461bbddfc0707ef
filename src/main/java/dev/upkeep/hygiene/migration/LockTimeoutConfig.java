package dev.upkeep.hygiene.migration;

import dev.upkeep.hygiene.LintContext;
import java.io.IOException;
import java.util.Set;

/**
 * Whether a tool's configuration sets {@code lock_timeout} for every migration: Alembic's
 * {@code env.py} beside the versions folder, or a Flyway configuration ({@code flyway.conf},
 * {@code flyway.toml}, Spring's {@code application*.properties|yml} through {@code initSql}, or the
 * script's own {@code .sql.conf}). A mention of {@code lock_timeout} there counts.
 */
final class LockTimeoutConfig {
    private static final Set<String> FLYWAY_CONFIGS = Set.of("flyway.conf", "flyway.toml");

    private LockTimeoutConfig() {}

    static boolean configured(MigrationTool tool, String path, LintContext context) throws IOException {
        return switch (tool) {
            case ALEMBIC -> mentions(context, alembicHome(path) + "env.py");
            case FLYWAY -> mentions(context, path + ".conf") || flywayConfig(context);
            default -> false;
        };
    }

    private static boolean flywayConfig(LintContext context) throws IOException {
        for (String p : context.paths()) {
            String name = p.substring(p.lastIndexOf('/') + 1);
            boolean spring = name.startsWith("application") && (name.endsWith(".properties") || name.endsWith(".yml")
                    || name.endsWith(".yaml"));
            if ((FLYWAY_CONFIGS.contains(name) || spring) && mentions(context, p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentions(LintContext context, String path) throws IOException {
        return context.read(path).map(text -> text.contains("lock_timeout")).orElse(false);
    }

    private static String alembicHome(String revisionPath) {
        String versions = revisionPath.substring(0, revisionPath.lastIndexOf('/'));
        return versions.contains("/") ? versions.substring(0, versions.lastIndexOf('/') + 1) : "";
    }
}
