package dev.upkeep.knowledge.pypi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkeep.knowledge.Release;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PyPI's JSON API ({@code /pypi/<name>/json} and {@code /pypi/<name>/<version>/json}). Per file it
 * gives an upload time, a yanked flag and {@code requires_python}; {@code info.requires_dist}
 * describes only the version the document is about ({@code info.version}).
 *
 * @param latest {@code info.version}: the newest release PyPI would install
 * @param releases one per key of {@code releases} (the version document: its own version only)
 */
record PypiJson(String name, String latest, List<Release> releases) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static PypiJson project(byte[] body) throws IOException {
        JsonNode root = JSON.readTree(body);
        JsonNode info = info(root);
        String latest = info.path("version").asText(null);
        List<Release> out = new ArrayList<>();
        root.path("releases").fields().forEachRemaining(e -> {
            boolean isLatest = e.getKey().equals(latest);
            out.add(release(e.getKey(), e.getValue(), isLatest ? requiresDist(info) : List.of(), null, false));
        });
        return new PypiJson(info.path("name").asText(null), latest, out);
    }

    /** The document of one version: its files are in {@code urls}, its metadata in {@code info}. */
    static PypiJson version(byte[] body) throws IOException {
        JsonNode root = JSON.readTree(body);
        JsonNode info = info(root);
        String version = info.path("version").asText(null);
        if (version == null) {
            throw new IOException("info.version is missing");
        }
        String requiresPython = info.path("requires_python").asText("");
        Release r = release(version, root.path("urls"), requiresDist(info), requiresPython.isBlank() ? null : requiresPython,
                info.path("yanked").asBoolean(false));
        return new PypiJson(info.path("name").asText(null), version, List.of(r));
    }

    /** A version is yanked when every one of its files is (PEP 592); it was published with its first file. */
    private static Release release(String version, JsonNode files, List<String> requiresDist, String requiresPythonOfInfo,
            boolean yankedInInfo) {
        Instant first = null;
        boolean allYanked = files.size() > 0;
        String requiresPython = requiresPythonOfInfo;
        for (JsonNode f : files) {
            Instant at = instant(f.path("upload_time_iso_8601").asText(f.path("upload_time").asText(null)));
            if (at != null && (first == null || at.isBefore(first))) {
                first = at;
            }
            allYanked &= f.path("yanked").asBoolean(false);
            if (requiresPython == null && f.hasNonNull("requires_python") && !f.get("requires_python").asText().isBlank()) {
                requiresPython = f.get("requires_python").asText();
            }
        }
        return new Release(version, first, allYanked || yankedInInfo, null, Map.of(), Map.of(), requiresPython, requiresDist);
    }

    private static JsonNode info(JsonNode root) throws IOException {
        JsonNode info = root.path("info");
        if (!info.isObject()) {
            throw new IOException("no 'info' object");
        }
        return info;
    }

    private static List<String> requiresDist(JsonNode info) {
        List<String> out = new ArrayList<>();
        info.path("requires_dist").forEach(n -> out.add(n.asText()));
        return out;
    }

    /** {@code 2023-05-22T15:12:44.175079Z}; the older {@code upload_time} has no zone and is UTC. */
    static Instant instant(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return java.time.LocalDateTime.parse(s).toInstant(java.time.ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
