package dev.upkeep.knowledge.osv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkeep.domain.Severity;
import dev.upkeep.knowledge.Advisory;
import dev.upkeep.knowledge.Cvss;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads OSV schema records into {@link Advisory}. Severity comes from the record's own label
 * (GitHub's {@code database_specific.severity}, or an ecosystem-specific one) when present; else
 * from its CVSS vector (v4 preferred over v3), computed with the FIRST formulas; else it is
 * unknown and reported as medium with the evidence saying so.
 */
final class OsvJson {
    static final ObjectMapper JSON = new ObjectMapper();

    private OsvJson() {}

    static Advisory parse(byte[] body, String source) throws IOException {
        return parse(JSON.readTree(body), source);
    }

    /** The record, unless it has been withdrawn (its {@code withdrawn} time is set): then it affects nothing. */
    static Optional<Advisory> parseCurrent(byte[] body, String source) throws IOException {
        JsonNode r = JSON.readTree(body);
        return r.hasNonNull("withdrawn") ? Optional.empty() : Optional.of(parse(r, source));
    }

    static Advisory parse(JsonNode r, String source) throws IOException {
        String id = r.path("id").asText(null);
        if (id == null || id.isBlank()) {
            throw new IOException("not an OSV record: no id");
        }
        List<String> aliases = new ArrayList<>();
        r.path("aliases").forEach(a -> aliases.add(a.asText()));
        String summary = r.hasNonNull("summary") ? r.path("summary").asText() : firstLine(r.path("details").asText(""));
        String vector = null;
        String v3 = null;
        for (JsonNode s : r.path("severity")) {
            String type = s.path("type").asText();
            if (type.equals("CVSS_V4")) {
                vector = s.path("score").asText();
            } else if (type.startsWith("CVSS_V3")) {
                v3 = s.path("score").asText();
            }
        }
        if (vector == null) {
            vector = v3;
        }
        Optional<Double> score = Cvss.baseScore(vector);
        if (score.isEmpty() && v3 != null && !v3.equals(vector)) {
            vector = v3;
            score = Cvss.baseScore(v3);
        }
        Optional<Severity> labelled = label(r);
        Severity severity;
        String basis;
        if (labelled.isPresent()) {
            severity = labelled.get();
            basis = "label";
        } else if (score.isPresent()) {
            severity = Cvss.severity(score.get());
            basis = "cvss";
        } else {
            severity = Severity.MEDIUM;
            basis = "unknown";
        }
        List<Advisory.Affected> affected = new ArrayList<>();
        for (JsonNode a : r.path("affected")) {
            JsonNode pkg = a.path("package");
            List<Advisory.Range> ranges = new ArrayList<>();
            for (JsonNode range : a.path("ranges")) {
                List<Advisory.Event> events = new ArrayList<>();
                for (JsonNode e : range.path("events")) {
                    e.fields().forEachRemaining(f -> events.add(new Advisory.Event(f.getKey(), f.getValue().asText())));
                }
                ranges.add(new Advisory.Range(range.path("type").asText(), events));
            }
            List<String> versions = new ArrayList<>();
            a.path("versions").forEach(v -> versions.add(v.asText()));
            if (pkg.isObject()) {
                affected.add(new Advisory.Affected(pkg.path("ecosystem").asText(), pkg.path("name").asText(), ranges, versions));
            }
        }
        return new Advisory(id, aliases, summary, severity, basis, vector, score.orElse(null), affected, instant(r, "published"),
                instant(r, "modified"), List.of(source));
    }

    /** The record's own rating: GitHub's label, or a label in an affected entry's ecosystem_specific/database_specific. */
    static Optional<Severity> label(JsonNode r) {
        Optional<Severity> top = severityWord(r.path("database_specific").path("severity").asText(null));
        if (top.isPresent()) {
            return top;
        }
        for (JsonNode a : r.path("affected")) {
            for (String where : new String[] {"ecosystem_specific", "database_specific"}) {
                Optional<Severity> s = severityWord(a.path(where).path("severity").asText(null));
                if (s.isPresent()) {
                    return s;
                }
            }
        }
        return Optional.empty();
    }

    static Optional<Severity> severityWord(String word) {
        if (word == null) {
            return Optional.empty();
        }
        return switch (word.strip().toUpperCase(Locale.ROOT)) {
            case "CRITICAL" -> Optional.of(Severity.CRITICAL);
            case "HIGH", "IMPORTANT" -> Optional.of(Severity.HIGH);
            case "MODERATE", "MEDIUM" -> Optional.of(Severity.MEDIUM);
            case "LOW" -> Optional.of(Severity.LOW);
            default -> Optional.empty();
        };
    }

    private static Instant instant(JsonNode r, String field) {
        return instant(r.path(field).asText(null));
    }

    /** An RFC 3339 time as OSV writes it, or {@code null} when absent or unreadable. */
    static Instant instant(String t) {
        if (t == null) {
            return null;
        }
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(t).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static String firstLine(String s) {
        String line = s.strip().lines().findFirst().orElse("");
        return line.length() > 160 ? line.substring(0, 157) + "..." : line;
    }
}
