package dev.upkeep.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upkeep.versioning.pep440.Pep440Version;
import dev.upkeep.versioning.pep440.Specifier;
import dev.upkeep.versioning.pep440.SpecifierSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Replays every record of ../shared/conformance/pep440.jsonl (pypa/packaging 26.4.dev0's own test
 * tables) against our PEP 440 implementation. Results and deviations: docs/conformance/pep440.md.
 */
@Tag("conformance")
class Pep440ConformanceTest {
    /** Records we knowingly answer differently, by line number; each is explained in docs/conformance/pep440.md. */
    private static final Map<Integer, String> DEVIATIONS = Map.of();

    @Test
    void replaysEveryRecord() {
        RecordReplay replay = RecordReplay.run(SharedData.conformance().resolve("pep440.jsonl"),
                Pep440ConformanceTest::answer, Pep440ConformanceTest::expected);
        SharedData.writeSummary("pep440", replay.markdown("PEP 440 conformance (pypa/packaging 26.4.dev0 test tables)"));
        assertThat(replay.failedLines())
                .as("records answered differently from pypa/packaging (see target/conformance/pep440.md)")
                .containsExactlyInAnyOrderElementsOf(DEVIATIONS.keySet());
    }

    private static String answer(JsonNode r) {
        String kind = r.get("kind").asText();
        Boolean specPre = bool(r.get("specPrereleases"));
        Boolean pre = bool(r.get("prereleases"));
        boolean single = "Specifier".equals(r.path("api").asText());
        return switch (kind) {
            case "version-valid" -> String.valueOf(Pep440Version.tryParse(r.get("version").asText()) != null);
            case "version-normalize" -> Pep440Version.parse(r.get("version").asText()).toString();
            case "version-attr" -> attr(Pep440Version.parse(r.get("version").asText()), r.get("attr").asText());
            case "version-compare" -> String.valueOf(Integer.signum(
                    Pep440Version.parse(r.get("a").asText()).compareTo(Pep440Version.parse(r.get("b").asText()))));
            case "specifier-valid" -> String.valueOf(validSpecifier(r.get("spec").asText()));
            case "specifier-normalize" -> single ? Specifier.parse(text(r, "spec")).toString()
                    : SpecifierSet.parse(text(r, "spec")).toString();
            case "specifier-equal" -> String.valueOf(single
                    ? Specifier.parse(text(r, "a")).equals(Specifier.parse(text(r, "b")))
                    : SpecifierSet.parse(text(r, "a")).equals(SpecifierSet.parse(text(r, "b"))));
            case "specifier-prereleases" -> String.valueOf(Specifier.parse(text(r, "spec")).prereleases());
            case "specifier-operator" -> Specifier.parse(text(r, "spec")).operator().symbol();
            case "specifier-version" -> Specifier.parse(text(r, "spec")).version();
            case "specifier-contains" -> String.valueOf(single
                    ? Specifier.parse(text(r, "spec"), specPre).contains(text(r, "version"), pre)
                    : SpecifierSet.parse(text(r, "spec"), specPre).contains(text(r, "version"), pre,
                            bool(r.get("installed"))));
            case "specifier-filter" -> String.valueOf(single
                    ? Specifier.parse(text(r, "spec"), specPre).filter(strings(r.get("input")), pre)
                    : SpecifierSet.parse(text(r, "spec"), specPre).filter(strings(r.get("input")), pre));
            case "specifierset-length" -> String.valueOf(SpecifierSet.parse(text(r, "spec")).size());
            // the peer compares the items as a set
            case "specifierset-items" -> new TreeSet<>(SpecifierSet.parse(text(r, "spec")).specifiers().stream()
                    .map(Specifier::toString).toList()).toString();
            // the peer asserts (a & b) == SpecifierSet(expect)
            case "specifierset-and" -> String.valueOf(SpecifierSet.parse(text(r, "a"))
                    .and(SpecifierSet.parse(text(r, "b"))).equals(SpecifierSet.parse(text(r, "expect"))));
            case "specifierset-subset" -> String.valueOf(set(r, "a").isSubset(set(r, "b")));
            case "specifierset-superset" -> String.valueOf(set(r, "a").isSuperset(set(r, "b")));
            case "specifierset-disjoint" -> String.valueOf(set(r, "a").isDisjoint(set(r, "b")));
            case "specifierset-unsatisfiable" -> String.valueOf(SpecifierSet.parse(text(r, "spec"), specPre)
                    .isUnsatisfiable());
            default -> "unknown kind";
        };
    }

    private static String expected(JsonNode r) {
        JsonNode e = r.get("expect");
        return switch (r.get("kind").asText()) {
            case "specifierset-items" -> new TreeSet<>(strings(e)).toString();
            case "specifierset-and" -> "true";
            case "specifier-filter" -> strings(e).toString();
            default -> e.isNull() ? "null" : e.isTextual() ? e.asText() : e.toString().replace("\"", "");
        };
    }

    private static String attr(Pep440Version v, String attr) {
        return switch (attr) {
            case "public" -> v.publicVersion();
            case "base_version" -> v.baseVersion();
            case "epoch" -> String.valueOf(v.epoch());
            case "release" -> Arrays.toString(v.release()).replace(" ", "");
            case "local" -> String.valueOf(v.local());
            case "pre" -> v.preLabel() == null ? "null" : "[" + v.preLabel() + "," + v.preNumber() + "]";
            case "is_prerelease" -> String.valueOf(v.isPrerelease());
            case "dev" -> v.dev() < 0 ? "null" : String.valueOf(v.dev());
            case "is_devrelease" -> String.valueOf(v.isDevrelease());
            case "post" -> v.post() < 0 ? "null" : String.valueOf(v.post());
            case "is_postrelease" -> String.valueOf(v.isPostrelease());
            default -> "unknown attribute " + attr;
        };
    }

    private static boolean validSpecifier(String spec) {
        try {
            Specifier.parse(spec);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static SpecifierSet set(JsonNode r, String field) {
        return SpecifierSet.parse(text(r, field));
    }

    private static String text(JsonNode r, String field) {
        return r.get(field).asText();
    }

    private static Boolean bool(JsonNode n) {
        return n == null || n.isNull() ? null : n.asBoolean();
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.forEach(x -> out.add(x.asText()));
        return out;
    }
}
