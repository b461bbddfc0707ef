package dev.upkeep.knowledge.npm;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.upkeep.knowledge.Release;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parts of a full npm packument that upkeep reads, pulled out with Jackson's streaming parser:
 * a packument can weigh tens of megabytes ({@code next}, {@code @types/node}), mostly readmes and
 * per-version manifests, and everything but a few fields per version is skipped without being
 * built as a tree.
 *
 * @param versions per version, in the document's order
 * @param times {@code time}: version → publish time (the registry's {@code created} and
 *     {@code modified} entries left out)
 * @param unpublished the document says the whole package was unpublished
 */
record NpmPackument(String name, Map<String, String> distTags, List<Version> versions, Map<String, Instant> times,
        boolean unpublished) {
    /** Leaves the stream open: the caller reads it to its end, so a cut-off transfer shows. */
    private static final JsonFactory JSON = JsonFactory.builder().disable(com.fasterxml.jackson.core.StreamReadFeature.AUTO_CLOSE_SOURCE).build();
    private static final Set<String> NOT_VERSIONS = Set.of("created", "modified", "unpublished");

    /** One entry of {@code versions}. */
    record Version(String version, String deprecated, Map<String, String> engines, Map<String, String> peerDependencies,
            Map<String, String> dependencies) {}

    static NpmPackument read(byte[] body) throws IOException {
        try (JsonParser p = JSON.createParser(body)) {
            return read(p);
        }
    }

    /** Reads a packument as it arrives, up to the end of its top-level object. */
    static NpmPackument read(InputStream body) throws IOException {
        try (JsonParser p = JSON.createParser(body)) {
            return read(p);
        }
    }

    private static NpmPackument read(JsonParser p) throws IOException {
        String name = null;
        Map<String, String> distTags = new LinkedHashMap<>();
        List<Version> versions = new ArrayList<>();
        Map<String, Instant> times = new LinkedHashMap<>();
        boolean unpublished = false;
        expect(p.nextToken(), JsonToken.START_OBJECT, p);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "name" -> name = value == JsonToken.VALUE_STRING ? p.getText() : null;
                case "dist-tags" -> strings(p, distTags);
                case "versions" -> versions(p, versions);
                case "time" -> unpublished = times(p, times);
                default -> p.skipChildren();
            }
        }
        expect(p.currentToken(), JsonToken.END_OBJECT, p);
        return new NpmPackument(name, distTags, versions, times, unpublished);
    }

    /** Release records: every version in {@code versions}, then those {@code time} lists but {@code versions} lost (unpublished). */
    List<Release> releases() {
        List<Release> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Version v : versions) {
            seen.add(v.version());
            out.add(release(v));
        }
        times.forEach((version, at) -> {
            if (!seen.contains(version)) {
                out.add(new Release(version, at, true, null, Map.of(), Map.of(), null, List.of()));
            }
        });
        return out;
    }

    private Release release(Version v) {
        return new Release(v.version(), times.get(v.version()), false, v.deprecated(), v.engines(), v.peerDependencies(), null,
                List.of(), v.dependencies());
    }

    private static void versions(JsonParser p, List<Version> out) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String version = p.currentName();
            if (p.nextToken() != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            String deprecated = null;
            Map<String, String> engines = new LinkedHashMap<>();
            Map<String, String> peers = new LinkedHashMap<>();
            Map<String, String> dependencies = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "deprecated" -> deprecated = deprecation(p, value);
                    case "engines" -> strings(p, engines); // old manifests write an array here: skipped
                    case "peerDependencies" -> strings(p, peers);
                    case "dependencies" -> strings(p, dependencies);
                    default -> p.skipChildren();
                }
            }
            out.add(new Version(version, deprecated, engines, peers, dependencies));
        }
    }

    /** {@code deprecated} is a message; {@code ""} or {@code false} means "no longer deprecated". */
    private static String deprecation(JsonParser p, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_STRING) {
            String m = p.getText();
            return m.isBlank() ? null : m;
        }
        if (value == JsonToken.VALUE_TRUE) {
            return "deprecated";
        }
        p.skipChildren();
        return null;
    }

    /** Reads {@code time}; returns whether it says the package was unpublished. */
    private static boolean times(JsonParser p, Map<String, Instant> out) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return false;
        }
        boolean unpublished = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken value = p.nextToken();
            if (key.equals("unpublished")) {
                unpublished = true;
            }
            if (value == JsonToken.VALUE_STRING && !NOT_VERSIONS.contains(key)) {
                out.put(key, instant(p.getText()));
            } else {
                p.skipChildren();
            }
        }
        return unpublished;
    }

    private static void strings(JsonParser p, Map<String, String> out) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            if (p.nextToken() == JsonToken.VALUE_STRING) {
                out.put(key, p.getText());
            } else {
                p.skipChildren();
            }
        }
    }

    /** npm writes {@code 2024-12-04T23:03:58.786Z}; mirrors may write an offset instead of {@code Z}. */
    private static Instant instant(String s) {
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void expect(JsonToken got, JsonToken wanted, JsonParser p) throws IOException {
        if (got != wanted) {
            throw new com.fasterxml.jackson.core.JsonParseException(p, "expected " + wanted + " but found " + got);
        }
    }
}
