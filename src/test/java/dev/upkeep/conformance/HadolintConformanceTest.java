package dev.upkeep.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkeep.domain.Finding;
import dev.upkeep.hygiene.LintContext;
import dev.upkeep.hygiene.LintFile;
import dev.upkeep.hygiene.dockerfile.DockerfileRules;
import dev.upkeep.hygiene.dockerfile.HadolintMapping;
import dev.upkeep.inventory.FormatException;
import dev.upkeep.inventory.container.Dockerfile;
import dev.upkeep.inventory.container.Instruction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * Replays hadolint's rule tests (../shared/conformance/dockerfile-rules/hadolint.jsonl) through the
 * dockerfile family: for every case whose hadolint code is mapped (HadolintMapping), upkeep must
 * fire where hadolint catches and stay quiet where it does not. Every case where upkeep disagrees
 * on purpose is listed in {@link #KNOWN} with its reason and in docs/conformance/hadolint.md.
 * The data is GPL-3.0: nothing of it is copied here, cases are named by their source line.
 */
@Tag("conformance")
class HadolintConformanceTest {
    static final Path DATA = Path.of("../shared/conformance/dockerfile-rules/hadolint.jsonl");
    static final Path REPORT = Path.of("target/conformance/hadolint.md");

    /** Documented disagreements: case key (source, "+onbuild" when hadolint wrapped RUNs in ONBUILD) to reason. */
    static final Map<String, String> KNOWN = Known.CASES;

    @Test
    void upkeepAgreesWithHadolintOnEveryMappedCaseButTheDocumentedOnes() throws IOException {
        assertThat(DATA).as("hadolint conformance data (run from the worktree, ../shared must exist)").exists();
        DockerfileRules family = new DockerfileRules();
        ObjectMapper json = new ObjectMapper();
        Map<String, Integer> unmapped = new TreeMap<>();
        Map<String, String> failures = new TreeMap<>();
        int mapped = 0;
        for (String line : Files.readAllLines(DATA, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode c = json.readTree(line);
            String rule = c.get("rule").asText();
            Optional<HadolintMapping.Code> code = HadolintMapping.of(rule);
            if (code.isEmpty() || !code.get().mapped()) {
                unmapped.merge(rule, 1, Integer::sum);
                continue;
            }
            mapped++;
            boolean onbuild = c.path("onbuild").asBoolean(false);
            String key = c.get("source").asText() + (onbuild ? "+onbuild" : "");
            String text = c.get("dockerfile").asText() + "\n";
            String verdict = verdict(family, code.get(), onbuild ? onbuild(text) : text, c.get("expect"));
            if (verdict != null) {
                failures.put(key, rule + " " + c.get("expect") + ": " + verdict + " (" + c.path("it").asText() + ")");
            }
        }
        writeReport(mapped, unmapped, failures);
        Map<String, String> unexpected = new TreeMap<>(failures);
        unexpected.keySet().removeAll(KNOWN.keySet());
        Map<String, String> fixed = new TreeMap<>(KNOWN);
        fixed.keySet().removeAll(failures.keySet());
        assertThat(unexpected).as("disagreements with hadolint not documented in Known (regressions?)").isEmpty();
        assertThat(fixed).as("documented disagreements that now agree: remove them from Known and the doc").isEmpty();
        assertThat(KNOWN).as("documented disagreements").hasSize(Known.COUNT);
        assertThat(mapped).as("mapped cases").isEqualTo(Known.MAPPED);
    }

    /** null when upkeep agrees, else what it did. */
    static String verdict(DockerfileRules family, HadolintMapping.Code code, String text, JsonNode expect) throws IOException {
        List<Finding> findings;
        try {
            findings = family.check(file(text), EMPTY);
        } catch (FormatException e) {
            return "upkeep cannot parse it: " + e.getMessage();
        }
        long n = findings.stream().filter(code::answeredBy).count();
        String e = expect.isTextual() ? expect.asText() : "count";
        boolean ok = switch (e) {
            case "catches" -> n >= 1;
            case "not" -> n == 0;
            case "exactly1" -> n == 1;
            default -> n == expect.get("count").asInt();
        };
        return ok ? null : "upkeep reported " + n;
    }

    /** hadolint's onbuild helper: every RUN becomes ONBUILD RUN. */
    static String onbuild(String text) {
        Dockerfile d;
        try {
            d = Dockerfile.parse(text);
        } catch (FormatException e) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        for (Instruction i : d.instructions()) {
            if (i.is("RUN")) {
                String l = lines[i.line() - 1];
                int indent = l.length() - l.stripLeading().length();
                lines[i.line() - 1] = l.substring(0, indent) + "ONBUILD " + l.substring(indent);
            }
        }
        return String.join("\n", lines);
    }

    static LintFile file(String text) {
        return new LintFile() {
            @Override
            public String path() {
                return "Dockerfile";
            }

            @Override
            public String text() {
                return text;
            }
        };
    }

    static final LintContext EMPTY = new LintContext() {
        @Override
        public List<String> paths() {
            return List.of();
        }

        @Override
        public Optional<String> read(String path) {
            return Optional.empty();
        }

        @Override
        public Optional<Integer> postgresMajor() {
            return Optional.empty();
        }
    };

    private static void writeReport(int mapped, Map<String, Integer> unmapped, Map<String, String> failures) throws IOException {
        List<String> out = new ArrayList<>();
        int unmappedCases = unmapped.values().stream().mapToInt(Integer::intValue).sum();
        out.add("# hadolint conformance");
        out.add("");
        out.add("| cases | mapped | agree | disagree | documented | unmapped |");
        out.add("|---|---|---|---|---|---|");
        out.add("| " + (mapped + unmappedCases) + " | " + mapped + " | " + (mapped - failures.size()) + " | " + failures.size()
                + " | " + KNOWN.size() + " | " + unmappedCases + " |");
        out.add("");
        out.add(String.format("Agreement on mapped cases: %.1f%%", 100.0 * (mapped - failures.size()) / Math.max(1, mapped)));
        out.add("");
        out.add("## Disagreements");
        out.add("");
        failures.forEach((k, v) -> out.add("- `" + k + "` " + v + " — " + KNOWN.getOrDefault(k, "**undocumented**")));
        out.add("");
        out.add("## Unmapped codes (not counted)");
        out.add("");
        unmapped.forEach((k, v) -> out.add("- " + k + ": " + v));
        Files.createDirectories(REPORT.getParent());
        Files.write(REPORT, out, StandardCharsets.UTF_8);
    }
}
