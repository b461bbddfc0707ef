package dev.upkeep.knowledge.endoflife;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkeep.knowledge.LifecycleCycle;
import dev.upkeep.knowledge.Product;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads endoflife.date API v1 documents ({@code /products/{name}}, and each entry of
 * {@code /products/full}) into {@link Product}s. Only dates are kept as facts: {@code isEol} is
 * kept as a fallback flag for cycles that give no date.
 */
final class EndOfLifeJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EndOfLifeJson() {}

    /** A {@code /products/{name}} document: {@code {"result": {...product...}}}. */
    static Product productDocument(byte[] body, String where) throws IOException {
        JsonNode root = JSON.readTree(body);
        JsonNode result = root.path("result");
        if (!result.isObject()) {
            throw new IOException(where + ": not an endoflife.date v1 product document (no 'result' object)");
        }
        return product(result);
    }

    /** A {@code /products/full} document: {@code {"result": [ {...product...}, ... ]}}. */
    static List<Product> fullDocument(byte[] body, String where) throws IOException {
        JsonNode result = JSON.readTree(body).path("result");
        if (!result.isArray()) {
            throw new IOException(where + ": not an endoflife.date v1 product list (no 'result' array)");
        }
        List<Product> out = new ArrayList<>();
        for (JsonNode p : result) {
            out.add(product(p));
        }
        return out;
    }

    /** The names listed by {@code /products}: {@code {"result": [{"name": ...}, ...]}}. */
    static List<String> productNames(byte[] body) throws IOException {
        List<String> out = new ArrayList<>();
        for (JsonNode p : JSON.readTree(body).path("result")) {
            out.add(p.path("name").asText());
        }
        return out;
    }

    static Product product(JsonNode p) {
        String name = p.path("name").asText();
        List<String> aliases = new ArrayList<>();
        p.path("aliases").forEach(a -> aliases.add(a.asText()));
        List<String> purls = new ArrayList<>();
        for (JsonNode id : p.path("identifiers")) {
            if ("purl".equals(id.path("type").asText())) {
                purls.add(id.path("id").asText());
            }
        }
        List<LifecycleCycle> cycles = new ArrayList<>();
        for (JsonNode r : p.path("releases")) {
            JsonNode latest = r.path("latest");
            cycles.add(new LifecycleCycle(name, r.path("name").asText(), text(r, "codename"), date(r, "releaseDate"),
                    date(r, "eolFrom"), bool(r, "isEol"), date(r, "ltsFrom"), bool(r, "isLts"), date(r, "eoasFrom"),
                    latest.isObject() ? text(latest, "name") : null, latest.isObject() ? date(latest, "date") : null));
        }
        return new Product(name, p.path("label").asText(name), aliases, purls, cycles);
    }

    private static String text(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static LocalDate date(JsonNode n, String f) {
        String t = text(n, f);
        if (t == null || t.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static Boolean bool(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() || !v.isBoolean() ? null : v.asBoolean();
    }
}
