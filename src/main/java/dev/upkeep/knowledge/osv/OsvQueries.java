package dev.upkeep.knowledge.osv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.upkeep.knowledge.Fetched;
import dev.upkeep.knowledge.HttpFetcher;
import dev.upkeep.knowledge.SourceUnavailableException;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OSV's {@code querybatch}: up to {@value #BATCH} (package, version) queries a request; a result
 * that carries a {@code next_page_token} has more ids, asked for by sending that query again with
 * the token, until no result has one.
 */
final class OsvQueries {
    static final int BATCH = 1000;
    /** Rounds of pagination before giving up on a server that keeps handing out tokens. */
    static final int MAX_ROUNDS = 50;

    /** One query: OSV's ecosystem name, the package name, the version. */
    record Query(String ecosystem, String name, String version) {}

    private final HttpFetcher http;
    private final URI endpoint;

    OsvQueries(HttpFetcher http, URI endpoint) {
        this.http = http;
        this.endpoint = endpoint;
    }

    /**
     * The ids of the vulnerabilities affecting each query, with the {@code modified} time OSV
     * gives for each (or {@code null} when it gives none).
     *
     * @throws SourceUnavailableException OSV did not answer, or answered something else than a batch result
     */
    Map<Query, Map<String, String>> run(List<Query> queries) {
        Map<Query, Map<String, String>> found = new LinkedHashMap<>();
        queries.forEach(q -> found.put(q, new LinkedHashMap<>()));
        Map<Query, String> tokens = new HashMap<>();
        List<Query> pending = queries;
        for (int round = 0; !pending.isEmpty(); round++) {
            if (round == MAX_ROUNDS) {
                throw new SourceUnavailableException(endpoint.getHost() + " kept paginating after " + MAX_ROUNDS + " rounds");
            }
            List<Query> more = new ArrayList<>();
            for (int i = 0; i < pending.size(); i += BATCH) {
                List<Query> batch = pending.subList(i, Math.min(pending.size(), i + BATCH));
                JsonNode results = ask(batch, tokens);
                for (int j = 0; j < batch.size(); j++) {
                    Query q = batch.get(j);
                    JsonNode r = results.get(j);
                    for (JsonNode v : r.path("vulns")) {
                        String id = v.path("id").asText("");
                        if (!id.isEmpty()) {
                            found.get(q).put(id, v.hasNonNull("modified") ? v.path("modified").asText() : null);
                        }
                    }
                    String token = r.path("next_page_token").asText("");
                    if (token.isEmpty()) {
                        tokens.remove(q);
                    } else {
                        tokens.put(q, token);
                        more.add(q);
                    }
                }
            }
            pending = more;
        }
        return found;
    }

    private JsonNode ask(List<Query> batch, Map<Query, String> tokens) {
        ObjectNode body = OsvJson.JSON.createObjectNode();
        ArrayNode qs = body.putArray("queries");
        for (Query q : batch) {
            ObjectNode o = qs.addObject();
            o.putObject("package").put("name", q.name()).put("ecosystem", q.ecosystem());
            o.put("version", q.version());
            if (tokens.containsKey(q)) {
                o.put("page_token", tokens.get(q));
            }
        }
        Fetched f;
        try {
            f = http.post(endpoint, OsvJson.JSON.writeValueAsBytes(body), Map.of());
        } catch (IOException e) {
            throw new SourceUnavailableException("cannot write an OSV query: " + e.getMessage(), e);
        }
        try {
            JsonNode results = OsvJson.JSON.readTree(f.body()).path("results");
            if (!results.isArray() || results.size() != batch.size()) {
                throw new SourceUnavailableException(endpoint.getHost() + " answered " + (results.isArray() ? results.size() : "no")
                        + " results for " + batch.size() + " queries");
            }
            return results;
        } catch (IOException e) {
            throw new SourceUnavailableException(endpoint.getHost() + " answered something that is not JSON: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }
}
