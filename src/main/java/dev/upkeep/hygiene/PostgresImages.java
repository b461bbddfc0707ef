package dev.upkeep.hygiene;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the PostgreSQL major a stack runs from the images its Compose files and Dockerfiles name
 * ({@code postgres:16-alpine}, {@code postgis/postgis:15-3.4}, {@code pgvector/pgvector:pg17}).
 * When several are named, the lowest wins: advice about locks must hold for the oldest server.
 */
final class PostgresImages {
    private static final Pattern IMAGE = Pattern.compile(
            "(?:^|[\\s\"'=/])(?:postgres|postgresql|postgis|pgvector):(?:pg)?(\\d{1,2})(?![\\d])", Pattern.CASE_INSENSITIVE);
    private static final Pattern IMAGE_LINE = Pattern.compile("^\\s*(?:-\\s*)?(?:image\\s*:|FROM\\s)", Pattern.CASE_INSENSITIVE);

    private PostgresImages() {}

    static Optional<Integer> lowestMajor(Iterable<String> paths, Function<String, Optional<String>> read) {
        Integer lowest = null;
        for (String path : paths) {
            if (!isComposeOrDockerfile(path)) {
                continue;
            }
            for (String line : read.apply(path).orElse("").split("\n")) {
                if (!IMAGE_LINE.matcher(line).find()) {
                    continue;
                }
                Matcher m = IMAGE.matcher(line);
                if (m.find()) {
                    int major = Integer.parseInt(m.group(1));
                    lowest = lowest == null ? major : Math.min(lowest, major);
                }
            }
        }
        return Optional.ofNullable(lowest);
    }

    static boolean isComposeOrDockerfile(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return name.equals("dockerfile") || name.startsWith("dockerfile.") || name.endsWith(".dockerfile")
                || (name.contains("compose") && (name.endsWith(".yml") || name.endsWith(".yaml")));
    }
}
