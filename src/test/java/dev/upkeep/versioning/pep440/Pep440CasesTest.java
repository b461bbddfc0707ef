package dev.upkeep.versioning.pep440;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our own PEP 440 table (cases.jsonl): inputs we chose, answers computed by pypa/packaging 26.2
 * with scripts/pep440-cases/gen.py (see its header to regenerate).
 */
class Pep440CasesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Pep440CasesTest.class.getResourceAsStream("cases.jsonl"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                JsonNode r = JSON.readTree(line);
                out.add(Arguments.of(r.get("kind").asText(), r));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cases.jsonl", e);
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void agreesWithPackaging(String kind, JsonNode r) {
        switch (kind) {
            case "version" -> version(r);
            case "compare" -> assertThat(Integer.signum(parse(r, "a").compareTo(parse(r, "b"))))
                    .as("compare(%s, %s)", r.get("a"), r.get("b")).isEqualTo(r.get("expect").asInt());
            case "specifier" -> specifier(r);
            case "contains" -> assertThat(SpecifierSet.parse(text(r, "spec"), bool(r, "setPrereleases"))
                    .contains(text(r, "version"), bool(r, "prereleases"), bool(r, "installed")))
                    .as("contains %s", r).isEqualTo(r.get("expect").asBoolean());
            case "filter" -> assertThat(SpecifierSet.parse(text(r, "spec"), bool(r, "setPrereleases"))
                    .filter(strings(r.get("input")), bool(r, "prereleases")))
                    .as("filter %s", r).isEqualTo(strings(r.get("expect")));
            case "unsatisfiable" -> assertThat(SpecifierSet.parse(text(r, "spec"), bool(r, "setPrereleases"))
                    .isUnsatisfiable()).as("isUnsatisfiable %s", r).isEqualTo(r.get("expect").asBoolean());
            case "equal" -> assertThat(SpecifierSet.parse(text(r, "a")).equals(SpecifierSet.parse(text(r, "b"))))
                    .as("equals %s", r).isEqualTo(r.get("expect").asBoolean());
            default -> throw new AssertionError("unknown case kind " + kind);
        }
    }

    private static void version(JsonNode r) {
        Pep440Version v = Pep440Version.tryParse(text(r, "input"));
        assertThat(v != null).as("valid %s", r.get("input")).isEqualTo(r.get("valid").asBoolean());
        if (v == null) {
            return;
        }
        String at = "parse(" + r.get("input") + ")";
        assertThat(v.toString()).as(at).isEqualTo(text(r, "normalized"));
        assertThat(v.publicVersion()).as(at + ".public").isEqualTo(text(r, "public"));
        assertThat(v.baseVersion()).as(at + ".base").isEqualTo(text(r, "base"));
        assertThat(v.epoch()).as(at + ".epoch").isEqualTo(r.get("epoch").asLong());
        assertThat(v.release()).as(at + ".release").containsExactly(longs(r.get("release")));
        assertThat(v.preLabel() == null ? null : v.preLabel() + v.preNumber()).as(at + ".pre")
                .isEqualTo(r.get("pre").isNull() ? null : r.get("pre").get(0).asText() + r.get("pre").get(1).asLong());
        assertThat(v.post()).as(at + ".post").isEqualTo(r.get("post").isNull() ? -1 : r.get("post").asLong());
        assertThat(v.dev()).as(at + ".dev").isEqualTo(r.get("dev").isNull() ? -1 : r.get("dev").asLong());
        assertThat(v.local()).as(at + ".local").isEqualTo(r.get("local").isNull() ? null : text(r, "local"));
        assertThat(v.isPrerelease()).as(at + ".isPrerelease").isEqualTo(r.get("isPrerelease").asBoolean());
        assertThat(v.isPostrelease()).as(at + ".isPostrelease").isEqualTo(r.get("isPostrelease").asBoolean());
        assertThat(v.isDevrelease()).as(at + ".isDevrelease").isEqualTo(r.get("isDevrelease").asBoolean());
    }

    private static void specifier(JsonNode r) {
        Specifier s;
        try {
            s = Specifier.parse(text(r, "input"));
        } catch (IllegalArgumentException e) {
            assertThat(r.get("valid").asBoolean()).as("Specifier.parse(%s) refused: %s", r.get("input"), e.getMessage())
                    .isFalse();
            return;
        }
        String at = "Specifier.parse(" + r.get("input") + ")";
        assertThat(r.get("valid").asBoolean()).as(at + " accepted").isTrue();
        assertThat(s.toString()).as(at).isEqualTo(text(r, "text"));
        assertThat(s.operator().symbol()).as(at + ".operator").isEqualTo(text(r, "operator"));
        assertThat(s.version()).as(at + ".version").isEqualTo(text(r, "version"));
        assertThat(s.prereleases()).as(at + ".prereleases").isEqualTo(bool(r, "prereleases"));
    }

    private static Pep440Version parse(JsonNode r, String field) {
        return Pep440Version.parse(text(r, field));
    }

    private static String text(JsonNode r, String field) {
        return r.get(field).asText();
    }

    private static Boolean bool(JsonNode r, String field) {
        JsonNode n = r.get(field);
        return n == null || n.isNull() ? null : n.asBoolean();
    }

    private static long[] longs(JsonNode n) {
        long[] out = new long[n.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = n.get(i).asLong();
        }
        return out;
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.forEach(x -> out.add(x.asText()));
        return out;
    }
}
