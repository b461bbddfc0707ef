package dev.upkeep.knowledge.pypi;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The package indexes pip would use: {@code PIP_INDEX_URL} and {@code PIP_EXTRA_INDEX_URL} from the
 * environment, else {@code index-url} and {@code extra-index-url} from pip's configuration file
 * ({@code PIP_CONFIG_FILE}, else {@code $XDG_CONFIG_HOME/pip/pip.conf} or {@code
 * ~/.config/pip/pip.conf}, else {@code ~/.pip/pip.conf}; {@code [install]} over {@code [global]}).
 * User info in an index URL ({@code https://user:pass@host/simple}) becomes a Basic credential sent
 * to that index's origin only; the URL kept here has none, and nothing here prints a credential.
 */
public final class PipConfig {
    /** pip's own default, which means "no index configured" to upkeep (it then uses the JSON API). */
    static final URI PYPI_SIMPLE = URI.create("https://pypi.org/simple/");

    /** One index: a PEP 503/691 simple index root, and the Authorization header for its origin, or null. */
    static final class Index {
        final URI url;
        final String authorization;

        Index(URI url, String authorization) {
            this.url = url;
            this.authorization = authorization;
        }

        @Override
        public String toString() {
            return url + (authorization == null ? "" : " (with credentials)");
        }
    }

    private final Index primary;
    private final List<Index> extras;
    private final List<String> warnings;

    private PipConfig(Index primary, List<Index> extras, List<String> warnings) {
        this.primary = primary;
        this.extras = List.copyOf(extras);
        this.warnings = List.copyOf(warnings);
    }

    /** No index configured. */
    public static PipConfig none() {
        return new PipConfig(null, List.of(), List.of());
    }

    /** An index and extra indexes as URLs would be written in {@code PIP_INDEX_URL}; null index for pip's default. */
    public static PipConfig of(String indexUrl, List<String> extraIndexUrls) {
        List<String> warnings = new ArrayList<>();
        Index primary = indexUrl == null || indexUrl.isBlank() || isPypi(indexUrl) ? null : index(indexUrl, warnings).orElse(null);
        List<Index> extras = new ArrayList<>();
        for (String extra : extraIndexUrls) {
            if (!extra.isBlank() && !isPypi(extra)) {
                index(extra, warnings).ifPresent(extras::add);
            }
        }
        return new PipConfig(primary, extras, warnings);
    }

    /** Reads the environment, then pip's configuration file under {@code home}. */
    public static PipConfig load(Map<String, String> env, Path home) {
        Map<String, String> file = fileSettings(env, home);
        String index = firstSet(env.get("PIP_INDEX_URL"), file.get("index-url"));
        String extra = firstSet(env.get("PIP_EXTRA_INDEX_URL"), file.get("extra-index-url"));
        return of(index, extra == null ? List.of() : List.of(extra.strip().split("\\s+")));
    }

    /** The primary simple index, or null when it is pypi.org (then the JSON API stands in for it). */
    Index primary() {
        return primary;
    }

    /** Extra simple indexes, asked in order when the primary does not know a project. */
    List<Index> extras() {
        return extras;
    }

    /** Problems found while reading the configuration, without credentials. */
    public List<String> warnings() {
        return warnings;
    }

    @Override
    public String toString() {
        return "PipConfig[index=" + (primary == null ? "pypi.org" : primary) + ", extra=" + extras + "]";
    }

    private static boolean isPypi(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT);
        return u.equals("https://pypi.org/simple") || u.equals("https://pypi.org/simple/");
    }

    private static java.util.Optional<Index> index(String raw, List<String> warnings) {
        String v = raw.strip();
        try {
            URI u = new URI(v.endsWith("/") ? v : v + "/");
            if (u.getScheme() == null || u.getHost() == null) {
                throw new URISyntaxException(v, "no scheme or host");
            }
            URI bare = new URI(u.getScheme(), null, u.getHost(), u.getPort(), u.getPath(), null, null);
            String auth = null;
            if (u.getRawUserInfo() != null) {
                String[] parts = u.getRawUserInfo().split(":", 2);
                String user = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
                String password = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "";
                auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            }
            return java.util.Optional.of(new Index(bare, auth));
        } catch (URISyntaxException e) {
            warnings.add("pip index URL is not a URL (" + (v.contains("@") ? "value hidden, it holds credentials" : v) + "); ignored");
            return java.util.Optional.empty();
        }
    }

    private static Map<String, String> fileSettings(Map<String, String> env, Path home) {
        List<Path> candidates = new ArrayList<>();
        if (env.get("PIP_CONFIG_FILE") != null) {
            candidates.add(Path.of(env.get("PIP_CONFIG_FILE")));
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        candidates.add(xdg != null ? Path.of(xdg, "pip", "pip.conf") : home.resolve(".config/pip/pip.conf"));
        candidates.add(home.resolve(".pip/pip.conf"));
        for (Path p : candidates) {
            if (Files.isRegularFile(p)) {
                try {
                    return ini(Files.readString(p, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    return Map.of();
                }
            }
        }
        return Map.of();
    }

    /** {@code [global]} then {@code [install]} keys; indented lines continue the value before them. */
    static Map<String, String> ini(String text) {
        Map<String, String> global = new LinkedHashMap<>();
        Map<String, String> install = new LinkedHashMap<>();
        Map<String, String> current = null;
        String lastKey = null;
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                String section = line.substring(1, line.length() - 1).strip().toLowerCase(Locale.ROOT);
                current = section.equals("global") ? global : section.equals("install") ? install : null;
                lastKey = null;
            } else if (Character.isWhitespace(raw.charAt(0)) && current != null && lastKey != null) {
                current.merge(lastKey, line, (a, b) -> a + " " + b);
            } else if (current != null) {
                int sep = line.indexOf('=') >= 0 ? line.indexOf('=') : line.indexOf(':');
                if (sep > 0) {
                    lastKey = line.substring(0, sep).strip().toLowerCase(Locale.ROOT).replace('_', '-');
                    current.put(lastKey, line.substring(sep + 1).strip());
                }
            }
        }
        global.putAll(install);
        return global;
    }

    private static String firstSet(String a, String b) {
        return a != null && !a.isBlank() ? a : b != null && !b.isBlank() ? b : null;
    }
}
