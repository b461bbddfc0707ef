package dev.upkeep.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkeep.versioning.InvalidVersionException;
import dev.upkeep.versioning.npm.NpmSemver;
import dev.upkeep.versioning.npm.SemVer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Replays every record of {@code ../shared/conformance/semver-npm.jsonl} (node-semver 7.8.5's own
 * test tables plus computed cases) against {@link NpmSemver}. Results: target/conformance/semver-npm.md;
 * documented in docs/conformance/semver-npm.md.
 */
@Tag("conformance")
class SemverNpmConformanceTest {
    static final Path CASES = Path.of("..", "shared", "conformance", "semver-npm.jsonl");
    /** Records known to differ from node-semver, each explained in docs/conformance/semver-npm.md. */
    static final int DOCUMENTED_DEVIATIONS = 0;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void replaysEveryRecord() throws IOException {
        assertThat(CASES).as("conformance data (../shared/conformance) must exist").exists();
        Map<String, int[]> byKind = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        List<String> lines = Files.readAllLines(CASES);
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode r = JSON.readTree(line);
            String kind = r.get("kind").asText();
            String outcome;
            try {
                outcome = SemverCase.check(r);
            } catch (RuntimeException e) {
                outcome = "threw " + e;
            }
            int[] counts = byKind.computeIfAbsent(kind, k -> new int[2]);
            counts[0]++;
            if (outcome == null) {
                counts[1]++;
            } else {
                failures.add(kind + ": " + outcome + " <- " + line);
            }
        }
        writeSummary(byKind, failures, lines.size());
        assertThat(failures).as("records differing from node-semver (documented: %d)", DOCUMENTED_DEVIATIONS)
                .hasSize(DOCUMENTED_DEVIATIONS);
    }

    private static void writeSummary(Map<String, int[]> byKind, List<String> failures, int total) throws IOException {
        StringBuilder md = new StringBuilder("# semver-npm conformance\n\n| kind | cases | passed |\n|---|---:|---:|\n");
        int cases = 0;
        int passed = 0;
        for (Map.Entry<String, int[]> e : byKind.entrySet()) {
            md.append("| ").append(e.getKey()).append(" | ").append(e.getValue()[0]).append(" | ")
                    .append(e.getValue()[1]).append(" |\n");
            cases += e.getValue()[0];
            passed += e.getValue()[1];
        }
        md.append("| **all** | ").append(cases).append(" | ").append(passed).append(" |\n\n");
        md.append("Failed: ").append(failures.size()).append("\n\n");
        for (String f : failures) {
            md.append("- `").append(f.replace("`", "'")).append("`\n");
        }
        Path out = Path.of("target", "conformance", "semver-npm.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md.toString());
    }

    /** One record: null when upkeep answers as node-semver, else what differed. */
    static final class SemverCase {
        private SemverCase() {}

        static String check(JsonNode r) {
            NpmSemver npm = NpmSemver.with(options(r));
            JsonNode expect = r.get("expect");
            Object actual = switch (r.get("kind").asText()) {
                case "range-include", "range-exclude" -> npm.satisfies(text(r, "version"), text(r, "range"));
                case "compare" -> npm.compare(text(r, "a"), text(r, "b"));
                case "compare-build" -> npm.compareBuild(text(r, "a"), text(r, "b"));
                case "parse" -> parts(npm.parse(text(r, "version")));
                case "invalid" -> npm.valid(text(r, "version")).orElse(null);
                case "inc" -> npm.inc(text(r, "version"), text(r, "release"), optText(r, "identifier"),
                        r.has("identifierBase") ? r.get("identifierBase").asText() : null).orElse(null);
                case "truncate" -> npm.truncate(text(r, "version"), text(r, "release")).orElse(null);
                case "range-parse" -> npm.validRange(text(r, "range")).orElse(null);
                case "comparator-intersects" -> both(npm.comparatorIntersects(text(r, "a"), text(r, "b")),
                        npm.comparatorIntersects(text(r, "b"), text(r, "a")));
                case "range-intersects" -> both(npm.intersects(text(r, "a"), text(r, "b")),
                        npm.intersects(text(r, "b"), text(r, "a")));
                case "subset" -> npm.subset(text(r, "sub"), text(r, "dom"));
                case "gtr" -> npm.gtr(text(r, "version"), text(r, "range"));
                case "ltr" -> npm.ltr(text(r, "version"), text(r, "range"));
                case "coerce" -> coerce(npm, r, expect);
                case "diff" -> NpmSemver.diff(text(r, "a"), text(r, "b")).orElse(null);
                case "clean" -> npm.clean(text(r, "input")).orElse(null);
                case "prerelease" -> npm.prerelease(text(r, "version")).orElse(null);
                case "max-satisfying" -> npm.maxSatisfying(list(r.get("versions")), text(r, "range")).orElse(null);
                case "min-satisfying" -> npm.minSatisfying(list(r.get("versions")), text(r, "range")).orElse(null);
                case "min-version" -> minVersion(npm, text(r, "range"));
                case "sort" -> npm.sort(list(r.get("input")));
                default -> "unknown kind";
            };
            JsonNode got = JSON.valueToTree(actual);
            return equal(got, expect) ? null : "expected " + expect + " got " + got;
        }

        private static boolean equal(JsonNode got, JsonNode expect) {
            if (got.isNumber() && expect.isNumber()) {
                return got.asDouble() == expect.asDouble();
            }
            if (got.isArray() && expect.isArray() && got.size() == expect.size()) {
                for (int i = 0; i < got.size(); i++) {
                    if (!equal(got.get(i), expect.get(i))) {
                        return false;
                    }
                }
                return true;
            }
            if (got.isObject() && expect.isObject() && got.size() == expect.size()) {
                for (var it = expect.fieldNames(); it.hasNext(); ) {
                    String f = it.next();
                    if (!got.has(f) || !equal(got.get(f), expect.get(f))) {
                        return false;
                    }
                }
                return true;
            }
            return got.equals(expect);
        }

        private static Object both(boolean forward, boolean backward) {
            return forward == backward ? (Object) forward : "forward " + forward + ", backward " + backward;
        }

        private static Object coerce(NpmSemver npm, JsonNode r, JsonNode expect) {
            boolean rtl = r.path("options").path("rtl").asBoolean(false);
            Optional<SemVer> v = npm.coerce(text(r, "input"), rtl);
            if (v.isEmpty() || expect.isNull()) {
                return v.map(SemVer::version).orElse(null);
            }
            SemVer want = SemVer.parse(expect.asText(), false);
            return v.get().compareTo(want) == 0 && v.get().compareBuild(want) == 0 ? expect.asText()
                    : v.get().version() + "+" + String.join(".", v.get().build());
        }

        private static Object minVersion(NpmSemver npm, String range) {
            try {
                return npm.minVersion(range).map(SemVer::version).orElse(null);
            } catch (InvalidVersionException e) {
                return "threw";
            }
        }

        private static Map<String, Object> parts(SemVer v) {
            return Map.of("major", v.major(), "minor", v.minor(), "patch", v.patch(),
                    "prerelease", v.prerelease(), "build", v.build());
        }

        private static NpmSemver.Options options(JsonNode r) {
            JsonNode o = r.path("options");
            return new NpmSemver.Options(o.path("loose").asBoolean(false), o.path("includePrerelease").asBoolean(false));
        }

        private static String text(JsonNode r, String field) {
            return r.get(field).asText();
        }

        /** A string argument, null when absent or falsy in JavaScript ({@code identifier: false}). */
        private static String optText(JsonNode r, String field) {
            return r.hasNonNull(field) && r.get(field).isTextual() ? r.get(field).asText() : null;
        }

        private static List<String> list(JsonNode array) {
            List<String> out = new ArrayList<>();
            array.forEach(n -> out.add(n.asText()));
            return out;
        }
    }
}
