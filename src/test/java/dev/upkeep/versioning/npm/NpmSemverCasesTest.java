package dev.upkeep.versioning.npm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkeep.versioning.InvalidVersionException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Replays semver-cases.jsonl, answers computed by node-semver itself (scripts/semver-cases,
 * see its README to regenerate). {@code -Dsemver.cases=FILE} replays another table, e.g. a
 * local fuzz run.
 */
class NpmSemverCasesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> VERSIONS = new ArrayList<>();

    @Test
    void answersAsNodeSemver() throws IOException {
        List<String> failures = new ArrayList<>();
        int cases = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(open(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode c = JSON.readTree(line);
                cases++;
                String got = answer(c);
                String want = c.get(c.size() - 1).isTextual() ? c.get(c.size() - 1).asText() : c.get(c.size() - 1).toString();
                if (!want.equals(got)) {
                    failures.add(line + " -> upkeep answered " + got);
                }
            }
        }
        assertThat(cases).isGreaterThan(1000);
        assertThat(failures).as("cases where upkeep differs from node-semver").isEmpty();
    }

    private static InputStream open() throws IOException {
        String file = System.getProperty("semver.cases");
        return file != null ? Files.newInputStream(Path.of(file))
                : Objects.requireNonNull(NpmSemverCasesTest.class.getResourceAsStream("semver-cases.jsonl"));
    }

    /** What upkeep answers to one case, written as the table writes node's answer. */
    static String answer(JsonNode c) {
        String flags = c.get(1).asText();
        NpmSemver npm = NpmSemver.with(new NpmSemver.Options(flags.contains("l"), flags.contains("p")));
        return switch (c.get(0).asText()) {
            case "valid" -> str(npm.valid(s(c, 2)).orElse(null));
            case "compare" -> String.valueOf(npm.compare(s(c, 2), s(c, 3)));
            case "compareBuild" -> String.valueOf(npm.compareBuild(s(c, 2), s(c, 3)));
            case "diff" -> attempt(() -> str(NpmSemver.diff(s(c, 2), s(c, 3)).orElse(null)));
            case "validRange" -> str(npm.validRange(s(c, 2)).orElse(null));
            case "minVersion" -> attempt(() -> str(npm.minVersion(s(c, 2)).map(SemVer::version).orElse(null)));
            case "maxSatisfying" -> str(npm.maxSatisfying(versions(), s(c, 2)).orElse(null));
            case "satisfies" -> String.valueOf(npm.satisfies(s(c, 3), s(c, 2)));
            case "gtr" -> attempt(() -> String.valueOf(npm.gtr(s(c, 2), s(c, 3))));
            case "ltr" -> attempt(() -> String.valueOf(npm.ltr(s(c, 2), s(c, 3))));
            case "intersects" -> attempt(() -> String.valueOf(npm.intersects(s(c, 2), s(c, 3))));
            case "subset" -> attempt(() -> String.valueOf(npm.subset(s(c, 2), s(c, 3))));
            case "inc" -> str(npm.inc(s(c, 2), s(c, 3), s(c, 4), s(c, 5)).orElse(null));
            case "clean" -> str(npm.clean(s(c, 2)).orElse(null));
            case "prerelease" -> npm.prerelease(s(c, 2)).map(p -> JSON.valueToTree(p).toString()).orElse("null");
            case "truncate" -> str(npm.truncate(s(c, 2), s(c, 3)).orElse(null));
            case "coerce" -> str(NpmSemver.with(new NpmSemver.Options(false, flags.contains("p")))
                    .coerce(s(c, 2), flags.contains("r"))
                    .map(v -> v.version() + (v.build().isEmpty() ? "" : "+" + String.join(".", v.build())))
                    .orElse(null));
            default -> "unknown kind " + c.get(0);
        };
    }

    /** The version list the generator passes to maxSatisfying: its first valid-table inputs. */
    private static List<String> versions() {
        return VERSIONS;
    }

    static {
        try (InputStream in = open(); BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                JsonNode c = JSON.readTree(line);
                if (!c.get(0).asText().equals("valid") || !c.get(1).asText().isEmpty()) {
                    break;
                }
                VERSIONS.add(c.get(2).asText());
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the case table", e);
        }
    }

    private static String s(JsonNode c, int i) {
        return c.get(i).isNull() ? null : c.get(i).asText();
    }

    private static String str(String s) {
        return s == null ? "null" : s;
    }

    private static String attempt(Supplier<String> f) {
        try {
            return f.get();
        } catch (InvalidVersionException e) {
            return "throws";
        }
    }
}
