package dev.upkeep.knowledge.npm;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What npm's configuration says about registries: the default {@code registry=}, scoped
 * {@code @scope:registry=}, and credentials keyed by registry location ({@code
 * //host/path/:_authToken=}, {@code :_auth=}, {@code :username=} with {@code :_password=}). Files
 * are read as npm reads them: the user's {@code ~/.npmrc}, then the project's {@code .npmrc}, which
 * wins; {@code npm_config_registry} in the environment wins over both. {@code ${VAR}} in keys and
 * values is replaced from the environment ({@code ${VAR?}} with an empty string when unset).
 *
 * <p>Credentials are sent as npm 7+ sends them: to a request whose location, walked up one path
 * segment at a time, matches a credential's key, whatever {@code always-auth} says. An unscoped
 * {@code _authToken} or {@code _auth} (the legacy form) belongs to the default registry only.
 *
 * <p>No token leaves this class except as an {@code Authorization} header value: {@link #toString},
 * {@link #warnings} and every message name hosts and variable names only.
 */
public final class NpmConfig {
    private static final Pattern ENV = Pattern.compile("\\$\\{([^${}?]+)(\\?)?}");

    private final URI registry;
    private final Map<String, URI> scopes;
    private final Map<String, String> authorization;
    private final List<String> warnings;

    private NpmConfig(URI registry, Map<String, URI> scopes, Map<String, String> authorization, List<String> warnings) {
        this.registry = registry;
        this.scopes = Map.copyOf(scopes);
        this.authorization = Map.copyOf(authorization);
        this.warnings = List.copyOf(warnings);
    }

    /** No configuration: the public registry, no credentials. */
    public static NpmConfig empty() {
        return new NpmConfig(null, Map.of(), Map.of(), List.of());
    }

    /**
     * Reads the user's and the project's {@code .npmrc}; either may be absent.
     *
     * @param projectNpmrc the stack's {@code .npmrc}, or null
     * @param userNpmrc the user's {@code ~/.npmrc}, or null
     */
    public static NpmConfig load(Path projectNpmrc, Path userNpmrc, Map<String, String> env) {
        List<String> warnings = new ArrayList<>();
        Map<String, String> settings = new LinkedHashMap<>();
        for (Path file : new Path[] {userNpmrc, projectNpmrc}) {
            if (file != null && Files.isRegularFile(file)) {
                try {
                    settings.putAll(lines(Files.readString(file, StandardCharsets.UTF_8), env));
                } catch (IOException e) {
                    warnings.add("cannot read " + file + ": " + e.getMessage());
                }
            }
        }
        String fromEnv = env.getOrDefault("npm_config_registry", env.get("NPM_CONFIG_REGISTRY"));
        if (fromEnv != null && !fromEnv.isBlank()) {
            settings.put("registry", fromEnv.strip());
        }
        return of(settings, warnings);
    }

    /** Reads one {@code .npmrc} text (for tests and for callers that found the file themselves). */
    public static NpmConfig parse(String npmrc, Map<String, String> env) {
        List<String> warnings = new ArrayList<>();
        return of(lines(npmrc, env), warnings);
    }

    /** The configured default registry, if any. */
    public Optional<URI> registry() {
        return Optional.ofNullable(registry);
    }

    /**
     * The registry serving {@code packageName}: its scope's, else {@code unscoped} (the caller's
     * choice: an explicit setting, else {@link #registry()}, else the public registry).
     */
    public URI registryFor(String packageName, URI unscoped) {
        int slash = packageName.indexOf('/');
        if (packageName.startsWith("@") && slash > 0) {
            URI scoped = scopes.get(packageName.substring(0, slash).toLowerCase(Locale.ROOT));
            if (scoped != null) {
                return scoped;
            }
        }
        return unscoped;
    }

    /** The {@code Authorization} header for a request to {@code uri}, when a credential's location matches it. */
    public Map<String, String> headersFor(URI uri) {
        String key = nerfDart(uri);
        while (key.length() > 2) {
            String value = authorization.get(key);
            if (value != null) {
                return Map.of("Authorization", value);
            }
            key = key.endsWith("/") ? key.substring(0, key.length() - 1) : key.substring(0, key.lastIndexOf('/') + 1);
        }
        return Map.of();
    }

    /** Problems found while reading the configuration, naming files, hosts and variables only. */
    public List<String> warnings() {
        return warnings;
    }

    @Override
    public String toString() {
        return "NpmConfig[registry=" + registry + ", scopes=" + new TreeMap<>(scopes) + ", credentials for "
                + new java.util.TreeSet<>(authorization.keySet()) + "]";
    }

    private static NpmConfig of(Map<String, String> settings, List<String> warnings) {
        URI registry = null;
        Map<String, URI> scopes = new LinkedHashMap<>();
        Map<String, Map<String, String>> byLocation = new TreeMap<>();
        Map<String, String> authorization = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : settings.entrySet()) {
            String key = e.getKey();
            if (key.equals("registry")) {
                registry = registryUri(e.getValue(), "registry", warnings, authorization);
            } else if (key.startsWith("@") && key.endsWith(":registry")) {
                URI scoped = registryUri(e.getValue(), key, warnings, authorization);
                if (scoped != null) {
                    scopes.put(key.substring(0, key.length() - ":registry".length()).toLowerCase(Locale.ROOT), scoped);
                }
            } else if (key.startsWith("//") && key.lastIndexOf(':') > 2) {
                int colon = key.lastIndexOf(':');
                byLocation.computeIfAbsent(key.substring(0, colon), k -> new LinkedHashMap<>()).put(key.substring(colon + 1), e.getValue());
            }
        }
        String home = nerfDart(registry != null ? registry : NpmRegistrySource.DEFAULT_REGISTRY);
        for (String legacy : List.of("_authToken", "_auth")) {
            if (settings.containsKey(legacy)) {
                byLocation.computeIfAbsent(home, k -> new LinkedHashMap<>()).putIfAbsent(legacy, settings.get(legacy));
            }
        }
        byLocation.forEach((location, fields) -> credential(location, fields, warnings).ifPresent(v -> authorization.put(location, v)));
        return new NpmConfig(registry, scopes, authorization, warnings);
    }

    private static Optional<String> credential(String location, Map<String, String> fields, List<String> warnings) {
        String token = fields.get("_authToken");
        if (usable(token, location, "_authToken", warnings)) {
            return Optional.of("Bearer " + token);
        }
        String auth = fields.get("_auth");
        if (usable(auth, location, "_auth", warnings)) {
            return Optional.of("Basic " + auth);
        }
        String user = fields.get("username");
        String password = fields.get("_password");
        if (usable(user, location, "username", warnings) && usable(password, location, "_password", warnings)) {
            try {
                String plain = new String(Base64.getDecoder().decode(password.strip()), StandardCharsets.UTF_8);
                return Optional.of(basic(user, plain));
            } catch (IllegalArgumentException ex) {
                warnings.add(".npmrc: " + location + ":_password is not base64; requests to " + location + " go without credentials");
            }
        }
        return Optional.empty();
    }

    private static boolean usable(String value, String location, String field, List<String> warnings) {
        if (value == null || value.isBlank()) {
            return false;
        }
        Matcher m = ENV.matcher(value);
        if (m.find()) {
            warnings.add(".npmrc: " + location + ":" + field + " uses ${" + m.group(1) + "}, which is not set; requests to "
                    + location + " go without it");
            return false;
        }
        return true;
    }

    /** A registry URL; user info in it becomes that registry's Basic credential and leaves the URL. */
    private static URI registryUri(String value, String key, List<String> warnings, Map<String, String> authorization) {
        String v = value.strip();
        try {
            URI u = URI.create(v.endsWith("/") ? v : v + "/");
            if (u.getScheme() == null || u.getHost() == null) {
                throw new IllegalArgumentException("no scheme or host");
            }
            if (u.getRawUserInfo() != null) {
                URI bare = new URI(u.getScheme(), null, u.getHost(), u.getPort(), u.getPath(), null, null);
                String[] parts = u.getUserInfo().split(":", 2);
                authorization.putIfAbsent(nerfDart(bare), basic(parts[0], parts.length > 1 ? parts[1] : ""));
                return bare;
            }
            return u;
        } catch (IllegalArgumentException | java.net.URISyntaxException e) {
            warnings.add(".npmrc: " + key + " is not a URL; ignored");
            return null;
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** npm's "nerf dart": {@code https://host:8080/path/pkg} → {@code //host:8080/path/}. */
    static String nerfDart(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return "//" + uri.getRawAuthority().replaceFirst("^.*@", "").toLowerCase(Locale.ROOT) + path.substring(0, path.lastIndexOf('/') + 1);
    }

    /** Reads {@code key = value} lines; {@code ;} and {@code #} start comments, {@code [sections]} are ignored. */
    private static Map<String, String> lines(String text, Map<String, String> env) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith(";") || line.startsWith("#") || line.startsWith("[")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String key = expand(line.substring(0, eq).strip(), env);
            String value = unquote(line.substring(eq + 1).strip());
            out.put(key, expand(value, env));
        }
        return out;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    private static String expand(String s, Map<String, String> env) {
        Matcher m = ENV.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = env.get(m.group(1));
            String replacement = value != null ? value : m.group(2) != null ? "" : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
