package dev.upkeep.knowledge.pypi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkeep.knowledge.Release;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A project page of a simple index in its PEP 691 JSON form ({@code
 * application/vnd.pypi.simple.v1+json}): files with {@code upload-time} (PEP 700, optional),
 * {@code yanked} ({@code false}, {@code true} or a reason), {@code requires-python} and {@code
 * core-metadata} (PEP 714; {@code dist-info-metadata} before it); the {@code versions} list (PEP
 * 700) when the index gives one; {@code project-status} (PEP 792).
 *
 * @param versions every version, in the index's order, then those only the file names tell
 * @param files per version, its files
 * @param status the project status ({@code active}, {@code deprecated}, {@code archived}), or null
 * @param statusReason the reason given with it, or null
 */
record SimpleJson(String name, List<String> versions, Map<String, List<File>> files, String status, String statusReason) {
    static final String MEDIA_TYPE = "application/vnd.pypi.simple.v1+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One distribution file; {@code url} is resolved against the page, {@code metadata} says a {@code .metadata} file exists. */
    record File(String filename, URI url, Instant uploaded, boolean yanked, String requiresPython, boolean metadata) {}

    static SimpleJson read(byte[] body, URI page, String project) throws IOException {
        JsonNode root = JSON.readTree(body);
        if (root == null || !root.path("meta").has("api-version") || !root.path("files").isArray()) {
            throw new IOException("not a PEP 691 project page (no meta.api-version or files)");
        }
        Map<String, List<File>> files = new LinkedHashMap<>();
        root.path("versions").forEach(v -> files.put(v.asText(), new ArrayList<>()));
        for (JsonNode f : root.path("files")) {
            String filename = f.path("filename").asText("");
            String version = PypiNames.version(filename, project);
            if (version == null) {
                continue;
            }
            JsonNode yanked = f.path("yanked");
            boolean isYanked = yanked.isTextual() || yanked.asBoolean(false);
            JsonNode meta = f.has("core-metadata") ? f.get("core-metadata") : f.path("dist-info-metadata");
            String rp = f.path("requires-python").asText("");
            files.computeIfAbsent(version, k -> new ArrayList<>()).add(new File(filename, resolve(page, f.path("url").asText("")),
                    PypiJson.instant(f.path("upload-time").asText(null)), isYanked, rp.isBlank() ? null : rp,
                    meta.isObject() || meta.asBoolean(false)));
        }
        JsonNode status = root.path("project-status");
        return new SimpleJson(root.path("name").asText(project), List.copyOf(files.keySet()), files,
                status.path("status").asText(null), status.path("reason").asText(null));
    }

    List<Release> releases() {
        List<Release> out = new ArrayList<>();
        for (String v : versions) {
            out.add(release(v, List.of()));
        }
        return out;
    }

    /** A version is yanked when all its files are (PEP 592), published with its first upload. */
    Release release(String version, List<String> requiresDist) {
        List<File> fs = files.getOrDefault(version, List.of());
        Instant first = fs.stream().map(File::uploaded).filter(java.util.Objects::nonNull).min(Instant::compareTo).orElse(null);
        boolean yanked = !fs.isEmpty() && fs.stream().allMatch(File::yanked);
        String requiresPython = fs.stream().map(File::requiresPython).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        return new Release(version, first, yanked, null, Map.of(), Map.of(), requiresPython, requiresDist);
    }

    private static URI resolve(URI page, String url) {
        try {
            return page.resolve(url);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
