package dev.upkeep.hygiene.secrets;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What a file is to the secrets rules, judged by its name only. */
enum FileKind {
    /** A dotenv file that is loaded: {@code .env}, {@code .env.production}, {@code app.env}. */
    ENV,
    /** A dotenv template meant to be committed: {@code .env.example}, {@code .env.sample}, {@code .env.template}. */
    ENV_EXAMPLE,
    /** A Compose file. */
    COMPOSE,
    /** A Compose file for development, tests or CI only, where defaults are expected. */
    COMPOSE_DEV,
    /** An application configuration file: config.yml, settings.json, application.properties, *.ini. */
    CONFIG,
    /** A Dockerfile. */
    DOCKERFILE,
    /** A CI workflow. */
    WORKFLOW,
    /** Any other text file: only searched for private keys. */
    OTHER,
    /** Binary, generated or bulky files never searched. */
    SKIPPED;

    private static final Set<String> SKIPPED_EXTENSIONS = Set.of(
            "png", "jpg", "jpeg", "gif", "webp", "ico", "bmp", "tif", "tiff", "svg", "pdf", "zip", "gz", "tgz", "bz2", "xz",
            "7z", "rar", "jar", "war", "class", "so", "dylib", "dll", "exe", "bin", "woff", "woff2", "ttf", "otf", "eot",
            "mp3", "mp4", "mov", "avi", "webm", "wasm", "pyc", "lock", "map", "csv", "tsv", "parquet", "db", "sqlite", "sqlite3");
    private static final Set<String> SKIPPED_NAMES = Set.of(
            "package-lock.json", "pnpm-lock.yaml", "npm-shrinkwrap.json", "yarn.lock", "poetry.lock", "uv.lock", "go.sum");
    private static final Pattern EXAMPLE = Pattern.compile("(?i).*(example|sample|template|dist|defaults|tmpl|tpl).*");
    private static final Pattern COMPOSE_NAME = Pattern.compile("^(?:(?:docker-)?compose(?:[.-][\\w.-]+)?|[\\w.-]+\\.override)\\.ya?ml$");
    private static final Pattern DEV = Pattern.compile(".*[.-](dev|development|local|test|testing|ci|e2e)[.-].*|.*\\.override\\..*");
    private static final Pattern CONFIG_NAME = Pattern.compile(
            "^(?:config|settings|application|appsettings|secrets?|credentials|database)(?:[.-][\\w.-]*)?\\.(?:ya?ml|json|toml|ini|properties|conf|cfg)$");
    private static final Pattern CONFIG_EXTENSION = Pattern.compile(".*\\.(?:ini|cfg|conf|properties)$");
    private static final Pattern CONFIG_DIR = Pattern.compile("(?:^|/)(?:config|configs|conf|settings)/[^/]+\\.(?:ya?ml|json|toml)$");

    static FileKind of(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        if (SKIPPED_NAMES.contains(name) || SKIPPED_EXTENSIONS.contains(ext) || name.endsWith(".min.js") || name.endsWith(".min.css")) {
            return SKIPPED;
        }
        if (name.equals(".env") || name.startsWith(".env.") || name.endsWith(".env")) {
            return EXAMPLE.matcher(name).matches() ? ENV_EXAMPLE : ENV;
        }
        if (COMPOSE_NAME.matcher(name).matches()) {
            return DEV.matcher(name).matches() ? COMPOSE_DEV : COMPOSE;
        }
        if (name.equals("dockerfile") || name.startsWith("dockerfile.") || name.endsWith(".dockerfile")) {
            return DOCKERFILE;
        }
        if (path.startsWith(".github/workflows/") || path.contains("/.github/workflows/") || name.equals(".gitlab-ci.yml")) {
            return WORKFLOW;
        }
        if (name.equals("pyproject.toml") || name.equals("package.json") || name.startsWith("tsconfig")) {
            return OTHER;
        }
        if (CONFIG_NAME.matcher(name).matches() || CONFIG_EXTENSION.matcher(name).matches() || CONFIG_DIR.matcher(path.toLowerCase(Locale.ROOT)).find()) {
            return EXAMPLE.matcher(name).matches() ? OTHER : CONFIG;
        }
        return OTHER;
    }
}
