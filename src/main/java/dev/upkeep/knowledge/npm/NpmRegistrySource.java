package dev.upkeep.knowledge.npm;

import static java.util.Objects.requireNonNull;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Kind;
import dev.upkeep.knowledge.Digested;
import dev.upkeep.knowledge.HttpFetcher;
import dev.upkeep.knowledge.NotFoundException;
import dev.upkeep.knowledge.ReleaseHistory;
import dev.upkeep.knowledge.ReleaseSource;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Releases from an npm registry: {@code GET {registry}/{name}} ({@code @scope%2fname} for scoped
 * packages), through the registry {@code .npmrc} assigns to the package's scope, with the matching
 * credential.
 *
 * <p>Why the full packument and not the abbreviated ("corgi") one: the abbreviated document carries
 * {@code deprecated}, {@code engines} and {@code peerDependencies} per version, but not {@code
 * time}, and publish times are what release ages and libyears are made of. Asking for both would
 * double the requests; so one request for the full document, streamed by {@link NpmPackument} as
 * it arrives, which skips readmes and manifests field by field. The cache keeps what was read
 * ({@link PackumentDigest}), not the document.
 */
public final class NpmRegistrySource implements ReleaseSource {
    public static final URI DEFAULT_REGISTRY = URI.create("https://registry.npmjs.org/");
    /** Packuments change with every publish; an hour keeps a day of runs to one request per package. */
    static final Duration FRESH = Duration.ofHours(1);
    /** npm's rules for new names, relaxed to the upper case and dots old packages still use. */
    private static final Pattern NAME = Pattern.compile("(@[a-zA-Z0-9][\\w.~-]*/)?[a-zA-Z0-9_][\\w.~-]*");

    private final HttpFetcher http;
    private final URI registry;
    private final NpmConfig config;

    /**
     * @param registry the registry for packages whose scope {@code config} does not assign, e.g.
     *     {@link #DEFAULT_REGISTRY} or the {@code registry=} of {@code .npmrc}
     * @param config scoped registries and credentials
     */
    public NpmRegistrySource(HttpFetcher http, URI registry, NpmConfig config) {
        this.http = requireNonNull(http, "http is null");
        this.registry = withSlash(requireNonNull(registry, "registry is null"));
        this.config = requireNonNull(config, "config is null");
    }

    @Override
    public String id() {
        return "npm";
    }

    @Override
    public boolean supports(Component component) {
        return component.ecosystem() == Ecosystem.NPM && (component.kind() == Kind.PACKAGE || component.kind() == Kind.TOOL)
                && NAME.matcher(component.name()).matches();
    }

    @Override
    public ReleaseHistory releases(Component component) {
        String name = component.name();
        URI uri = packumentUri(name);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        headers.putAll(config.headersFor(uri));
        Digested<NpmPackument> f = http.get(uri, headers, http.freshFor(id(), FRESH), PackumentDigest.INSTANCE);
        NpmPackument doc = f.value();
        if (doc.versions().isEmpty() && doc.unpublished()) {
            throw new NotFoundException("npm: " + name + " was unpublished from " + uri.getHost());
        }
        String latest = doc.distTags().get("latest");
        String deprecated = doc.versions().stream().filter(v -> v.version().equals(latest)).findFirst()
                .map(NpmPackument.Version::deprecated).orElse(null);
        return new ReleaseHistory(Ecosystem.NPM, name, doc.releases(), doc.distTags(), deprecated, id(), f.fetchedAt(), f.note());
    }

    /** {@code {registry}/left-pad}, {@code {registry}/@types%2fnode}. */
    URI packumentUri(String name) {
        URI base = withSlash(config.registryFor(name, registry));
        int slash = name.indexOf('/');
        String escaped = slash > 0
                ? encode(name.substring(0, slash)) + "%2f" + encode(name.substring(slash + 1))
                : encode(name);
        return URI.create(base + escaped);
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("%40", "@");
    }

    private static URI withSlash(URI u) {
        return u.toString().endsWith("/") ? u : URI.create(u + "/");
    }
}
