package dev.upkeep.knowledge.npmaudit;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Kind;
import dev.upkeep.knowledge.Advisory;
import dev.upkeep.knowledge.AdvisorySource;
import dev.upkeep.knowledge.Fetched;
import dev.upkeep.knowledge.HttpFetcher;
import dev.upkeep.knowledge.SourceUnavailableException;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * npm's bulk advisory endpoint, as {@code npm audit} uses it:
 * {@code POST {registry}/-/npm/v1/security/advisories/bulk} with each package's installed versions
 * ({@code {"axios": ["1.6.2"]}}); the answer lists, per package, the advisories affecting any of
 * them, each with a node-semver range ({@code vulnerable_versions}). See {@link BulkAdvisory} for
 * how one becomes an {@link Advisory}. The answer belongs to one query and is never cached, so
 * this source needs the network.
 */
public final class NpmBulkAdvisorySource implements AdvisorySource {
    public static final URI DEFAULT_REGISTRY = URI.create("https://registry.npmjs.org");
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpFetcher http;
    private final URI endpoint;
    private final Map<String, String> headers;

    /**
     * @param registry the registry root ({@code https://registry.npmjs.org}, or a private one)
     * @param headers sent with the request, e.g. the registry's {@code Authorization}; never logged
     */
    public NpmBulkAdvisorySource(HttpFetcher http, URI registry, Map<String, String> headers) {
        this.http = requireNonNull(http, "http is null");
        this.endpoint = URI.create(requireNonNull(registry, "registry is null").toString().replaceAll("/+$", "")
                + "/-/npm/v1/security/advisories/bulk");
        this.headers = Map.copyOf(headers);
    }

    @Override
    public String id() {
        return "npm-audit";
    }

    @Override
    public Map<String, List<Advisory>> advisories(List<Component> components) {
        Map<String, TreeSet<String>> asked = new TreeMap<>();
        for (Component c : components) {
            if (c.ecosystem() == Ecosystem.NPM && c.kind() == Kind.PACKAGE && c.version() != null) {
                asked.computeIfAbsent(c.name(), n -> new TreeSet<>()).add(c.version());
            }
        }
        if (asked.isEmpty()) {
            return Map.of();
        }
        if (http.offline()) {
            throw new SourceUnavailableException("offline, and npm's bulk advisory answers are never cached");
        }
        Map<String, List<Advisory>> byName = read(http.post(endpoint, body(asked), headers));
        Map<String, List<Advisory>> out = new LinkedHashMap<>();
        for (Component c : components) {
            if (asked.containsKey(c.name())) {
                out.putIfAbsent(AdvisorySource.key(c), byName.getOrDefault(c.name(), List.of()));
            }
        }
        return out;
    }

    private static byte[] body(Map<String, TreeSet<String>> asked) {
        ObjectNode body = JSON.createObjectNode();
        asked.forEach((name, versions) -> versions.forEach(body.putArray(name)::add));
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the bulk advisory request: " + e.getMessage(), e);
        }
    }

    private Map<String, List<Advisory>> read(Fetched f) {
        JsonNode root;
        try {
            root = JSON.readTree(f.body());
        } catch (IOException e) {
            throw new SourceUnavailableException(endpoint.getHost() + " answered the bulk advisory query with something that is not JSON: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
        if (root == null || !root.isObject()) {
            throw new SourceUnavailableException(endpoint.getHost() + " answered the bulk advisory query with something else than an object of packages");
        }
        Map<String, List<Advisory>> out = new LinkedHashMap<>();
        root.fields().forEachRemaining(e -> {
            List<Advisory> list = new ArrayList<>();
            for (JsonNode a : e.getValue()) {
                BulkAdvisory.toAdvisory(e.getKey(), a).ifPresent(list::add);
            }
            out.put(e.getKey(), list);
        });
        return out;
    }
}
