package dev.upkeep.knowledge.registry;

import static java.util.Objects.requireNonNull;

import dev.upkeep.domain.Component;
import dev.upkeep.knowledge.HttpFetcher;
import dev.upkeep.knowledge.ReleaseSource;
import dev.upkeep.knowledge.docker.DockerRegistrySource;
import dev.upkeep.knowledge.maven.MavenCentralSource;
import dev.upkeep.knowledge.npm.NpmConfig;
import dev.upkeep.knowledge.npm.NpmRegistrySource;
import dev.upkeep.knowledge.pypi.PipConfig;
import dev.upkeep.knowledge.pypi.PypiSource;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every built-in release source, one line each, built from configuration: explicit base URLs
 * ({@link Settings}: command-line flags or {@code UPKEEP_*} variables) win over the user's own
 * package-manager configuration ({@code .npmrc}, pip's), which wins over the public services.
 */
public final class ReleaseSources {
    /** The source ids, in the order sources are asked. */
    public static final List<String> IDS = List.of("npm", "pypi", "docker", "maven");

    /**
     * Base URLs that override everything else; a null field means "from the user's configuration,
     * else the public service".
     *
     * @param npmRegistry the registry for unscoped packages (scoped ones still follow {@code .npmrc})
     * @param pypi a PyPI JSON API root ({@code https://pypi.org}); when set, pip's index settings are not read
     * @param dockerHub where Docker Hub images are listed (a mirror); other registries are asked at their host
     * @param maven a Maven repository root
     */
    public record Settings(URI npmRegistry, URI pypi, URI dockerHub, URI maven) {
        public static Settings defaults() {
            return new Settings(null, null, null, null);
        }

        /** {@code UPKEEP_NPM_REGISTRY}, {@code UPKEEP_PYPI_URL}, {@code UPKEEP_DOCKER_REGISTRY}, {@code UPKEEP_MAVEN_REPOSITORY}. */
        public static Settings fromEnv(Map<String, String> env) {
            return new Settings(uri(env, "UPKEEP_NPM_REGISTRY"), uri(env, "UPKEEP_PYPI_URL"), uri(env, "UPKEEP_DOCKER_REGISTRY"),
                    uri(env, "UPKEEP_MAVEN_REPOSITORY"));
        }

        private static URI uri(Map<String, String> env, String name) {
            String v = env.get(name);
            if (v == null || v.isBlank()) {
                return null;
            }
            try {
                URI u = URI.create(v.strip());
                if (u.getScheme() == null || u.getHost() == null) {
                    throw new IllegalArgumentException("no scheme or host");
                }
                return u;
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + " is not a URL (" + e.getMessage() + ")", e);
            }
        }
    }

    private final List<ReleaseSource> sources;
    private final List<String> warnings;

    private ReleaseSources(List<ReleaseSource> sources, List<String> warnings) {
        this.sources = List.copyOf(sources);
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Builds every source.
     *
     * @param stackRoot the stack's root, where a project {@code .npmrc} may be
     * @param home the user's home, for {@code ~/.npmrc} and pip's configuration
     * @param env the environment ({@code npm_config_registry}, {@code PIP_INDEX_URL}, tokens named by {@code .npmrc})
     */
    public static ReleaseSources create(HttpFetcher http, Settings settings, Path stackRoot, Path home, Map<String, String> env) {
        requireNonNull(http, "http is null");
        requireNonNull(settings, "settings is null");
        List<String> warnings = new ArrayList<>();
        NpmConfig npmrc = NpmConfig.load(stackRoot == null ? null : stackRoot.resolve(".npmrc"), home == null ? null : home.resolve(".npmrc"), env);
        npmrc.warnings().forEach(w -> warnings.add("npm: " + w));
        URI npmRegistry = settings.npmRegistry() != null ? settings.npmRegistry() : npmrc.registry().orElse(NpmRegistrySource.DEFAULT_REGISTRY);
        PipConfig pip = settings.pypi() != null || home == null ? PipConfig.none() : PipConfig.load(env, home);
        pip.warnings().forEach(w -> warnings.add("pypi: " + w));
        return new ReleaseSources(List.of(
                new NpmRegistrySource(http, npmRegistry, npmrc),
                new PypiSource(http, settings.pypi() != null ? settings.pypi() : PypiSource.DEFAULT_BASE, pip),
                new DockerRegistrySource(http, settings.dockerHub() != null ? settings.dockerHub() : DockerRegistrySource.DOCKER_HUB, Map.of()),
                new MavenCentralSource(http, settings.maven() != null ? settings.maven() : MavenCentralSource.DEFAULT_BASE)
        ), warnings);
    }

    public List<ReleaseSource> all() {
        return sources;
    }

    public Optional<ReleaseSource> byId(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The first source that can say something about {@code component}. */
    public Optional<ReleaseSource> forComponent(Component component) {
        return sources.stream().filter(s -> s.supports(component)).findFirst();
    }

    /** Configuration problems (an unset token variable, a malformed index URL), naming no secret. */
    public List<String> warnings() {
        return warnings;
    }
}
