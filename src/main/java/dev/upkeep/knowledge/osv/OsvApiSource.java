package dev.upkeep.knowledge.osv;

import static java.util.Objects.requireNonNull;

import dev.upkeep.domain.Component;
import dev.upkeep.knowledge.Advisory;
import dev.upkeep.knowledge.AdvisorySource;
import dev.upkeep.knowledge.HttpFetcher;
import dev.upkeep.knowledge.SourceUnavailableException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The OSV API: {@code POST {base}/v1/querybatch} asks which vulnerabilities affect each
 * component's package and version, then {@code GET {base}/v1/vulns/{id}} reads each record (see
 * {@link OsvRecords} for how records are cached). When OSV cannot answer (offline, down, refusing,
 * unreadable), the imported OSV zips answer instead and a note says so.
 */
public final class OsvApiSource implements AdvisorySource {
    public static final URI DEFAULT_BASE = URI.create("https://api.osv.dev");

    private final HttpFetcher http;
    private final String base;
    private final OsvOfflineSource fallback;
    private final Consumer<String> notes;

    /**
     * @param base the API root, e.g. {@code https://api.osv.dev}
     * @param fallback the imported data to answer from when OSV cannot
     * @param notes receives one line per degradation (fallback used, records that could not be read)
     */
    public OsvApiSource(HttpFetcher http, URI base, OsvOfflineSource fallback, Consumer<String> notes) {
        this.http = requireNonNull(http, "http is null");
        this.base = requireNonNull(base, "base is null").toString().replaceAll("/+$", "");
        this.fallback = requireNonNull(fallback, "fallback is null");
        this.notes = requireNonNull(notes, "notes is null");
    }

    @Override
    public String id() {
        return "osv";
    }

    @Override
    public Map<String, List<Advisory>> advisories(List<Component> components) {
        Map<OsvQueries.Query, List<Component>> asked = new LinkedHashMap<>();
        for (Component c : components) {
            Optional<OsvNames.Ref> ref = OsvNames.of(c);
            if (ref.isPresent() && c.version() != null) {
                asked.computeIfAbsent(new OsvQueries.Query(ref.get().ecosystem(), ref.get().name(), c.version()), q -> new ArrayList<>()).add(c);
            }
        }
        if (asked.isEmpty()) {
            return Map.of();
        }
        Map<OsvQueries.Query, Map<String, String>> found;
        try {
            if (http.offline()) {
                throw new SourceUnavailableException("offline");
            }
            found = new OsvQueries(http, URI.create(base + "/v1/querybatch")).run(List.copyOf(asked.keySet()));
        } catch (SourceUnavailableException e) {
            return fallBack(components, e.getMessage());
        }
        Map<String, String> modified = new LinkedHashMap<>();
        found.values().forEach(modified::putAll);
        Map<String, Advisory> records = new OsvRecords(http, base, fallback, notes).fetch(modified);
        Map<String, Map<String, Advisory>> byKey = new LinkedHashMap<>();
        asked.forEach((q, cs) -> {
            for (Component c : cs) {
                Map<String, Advisory> mine = byKey.computeIfAbsent(AdvisorySource.key(c), k -> new LinkedHashMap<>());
                found.getOrDefault(q, Map.of()).keySet().forEach(id -> Optional.ofNullable(records.get(id)).ifPresent(a -> mine.put(id, a)));
            }
        });
        Map<String, List<Advisory>> out = new LinkedHashMap<>();
        byKey.forEach((k, v) -> out.put(k, List.copyOf(v.values())));
        return out;
    }

    private Map<String, List<Advisory>> fallBack(List<Component> components, String why) {
        if (!fallback.available()) {
            throw new SourceUnavailableException(why + ", and no OSV data is imported to fall back on ('upkeep db import <all.zip>')");
        }
        notes.accept("osv: " + why + "; advisories from " + fallback.describe() + " instead");
        return fallback.advisories(components);
    }
}
