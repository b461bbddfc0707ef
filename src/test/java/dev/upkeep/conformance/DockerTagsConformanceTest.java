package dev.upkeep.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upkeep.versioning.Version;
import dev.upkeep.versioning.VersionRange;
import dev.upkeep.versioning.docker.DockerScheme;
import dev.upkeep.versioning.docker.DockerTag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Replays every record of ../shared/conformance/docker-tags.jsonl (Renovate's docker versioning
 * spec table) against our Docker tag scheme. Results: docs/conformance/docker-tags.md.
 */
@Tag("conformance")
class DockerTagsConformanceTest {
    /** Records we knowingly answer differently, by line number; each is explained in docs/conformance/docker-tags.md. */
    private static final Map<Integer, String> DEVIATIONS = Map.of();

    private final DockerScheme scheme = new DockerScheme();

    @Test
    void replaysEveryRecord() {
        RecordReplay replay = RecordReplay.run(SharedData.conformance().resolve("docker-tags.jsonl"), this::answer,
                r -> r.get("expect").isTextual() ? r.get("expect").asText() : r.get("expect").toString());
        SharedData.writeSummary("docker-tags", replay.markdown("Docker tag conformance (Renovate docker versioning spec)"));
        assertThat(replay.failedLines())
                .as("records answered differently from Renovate (see target/conformance/docker-tags.md)")
                .containsExactlyInAnyOrderElementsOf(DEVIATIONS.keySet());
    }

    private String answer(JsonNode r) {
        return switch (r.get("kind").asText()) {
            case "valid" -> String.valueOf(scheme.isValid(r.get("version").isNull() ? null : text(r, "version")));
            case "parts" -> parts(text(r, "version"));
            case "greater-than" -> String.valueOf(scheme.compare(text(r, "a"), text(r, "b")) > 0);
            case "less-than-range" -> String.valueOf(scheme.compare(text(r, "version"), text(r, "range")) < 0);
            case "equals" -> String.valueOf(scheme.compare(text(r, "a"), text(r, "b")) == 0);
            case "compare" -> String.valueOf(scheme.compare(text(r, "a"), text(r, "b")));
            case "max-satisfying" -> satisfying(r, Comparator.naturalOrder());
            case "min-satisfying" -> satisfying(r, Comparator.reverseOrder());
            case "stable" -> String.valueOf(!DockerTag.parse(text(r, "version")).isPrerelease());
            case "compatible" -> String.valueOf(DockerTag.parse(text(r, "version"))
                    .isCompatibleWith(DockerTag.parse(text(r, "range"))));
            case "value-to-version" -> DockerTag.parse(text(r, "value")).version();
            default -> "unknown kind";
        };
    }

    private String parts(String version) {
        long[] release = scheme.isValid(version) ? scheme.parse(version).release() : new long[0];
        return "{\"major\":" + part(release, 0) + ",\"minor\":" + part(release, 1) + ",\"patch\":" + part(release, 2)
                + "}";
    }

    private static String part(long[] release, int i) {
        return i < release.length ? String.valueOf(release[i]) : "null";
    }

    /** The greatest (or least, with the reversed order) listed tag the range holds; "null" when none. */
    private String satisfying(JsonNode r, Comparator<Version> order) {
        VersionRange range = scheme.parseRange(text(r, "range"));
        List<String> versions = new ArrayList<>();
        r.get("versions").forEach(v -> versions.add(v.asText()));
        return versions.stream().filter(v -> range.contains(scheme.parse(v)))
                .max(Comparator.comparing(scheme::parse, order)).orElse("null");
    }

    private static String text(JsonNode r, String field) {
        return r.get(field).asText();
    }
}
