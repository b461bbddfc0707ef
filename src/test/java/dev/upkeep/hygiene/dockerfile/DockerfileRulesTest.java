package dev.upkeep.hygiene.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.upkeep.domain.Finding;
import dev.upkeep.hygiene.RuleInfo;
import dev.upkeep.hygiene.registry.RuleRegistry;
import dev.upkeep.inventory.FormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DockerfileRulesTest {
    final DockerfileRules family = new DockerfileRules();

    static String fixture(String name) throws IOException {
        try (InputStream in = DockerfileRulesTest.class.getResourceAsStream(name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void isRegisteredWithUniqueDocumentedRules() throws IOException {
        assertThat(RuleRegistry.all()).anySatisfy(f -> assertThat(f).isInstanceOf(DockerfileRules.class));
        List<RuleInfo> rules = family.rules();
        assertThat(rules).extracting(RuleInfo::id).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).startsWith("dockerfile/"));
        for (RuleInfo rule : rules) {
            Path page = Path.of(rule.docPath());
            assertThat(page).as("doc page of %s", rule.id()).exists();
            String text = Files.readString(page);
            assertThat(text).as(page.toString()).contains("# " + rule.id()).contains("## Why").contains("## Bad")
                    .contains("## Good").contains("## Fix");
        }
    }

    @Test
    void everyMappedHadolintCodeNamesARealRuleAndIsInTheConformanceDoc() throws IOException {
        List<String> ids = family.rules().stream().map(RuleInfo::id).toList();
        String doc = Files.readString(Path.of("docs/conformance/hadolint.md"));
        for (HadolintMapping.Code code : HadolintMapping.CODES) {
            assertThat(ids).as("rules of %s", code.code()).containsAll(code.ruleIds());
            String row = doc.lines().filter(l -> l.startsWith("| " + code.code() + " |")).findFirst().orElse("");
            assertThat(row).as("row of %s in docs/conformance/hadolint.md", code.code()).isNotEmpty();
            code.ruleIds().forEach(id -> assertThat(row).as("row of %s", code.code()).contains(id));
            if (!code.mapped()) {
                assertThat(row).as("row of %s", code.code()).contains("not mapped");
            }
        }
    }

    @ParameterizedTest(name = "wants({0}) = {1}")
    @CsvSource({"Dockerfile,true", "api/Dockerfile,true", "Containerfile,true", "docker/Dockerfile.prod,true",
        "web/app.Dockerfile,true", "Dockerfile-dev,true", "dockerfile,true", "Dockerfile.dockerignore,false", "docs/Dockerfile.md,false",
        "Dockerfiles/readme.txt,false", "compose.yaml,false"})
    void wantsDockerfilesByName(String path, boolean wanted) {
        assertThat(family.wants(path)).as("wants(%s)", path).isEqualTo(wanted);
    }

    @Test
    void unparseableFilesThrowFormatExceptionWithTheLine() {
        assertThatThrownBy(() -> Lint.all("FROM alpine:3\nRUNN echo\n")).isInstanceOf(FormatException.class)
                .hasMessageContaining("RUNN").extracting(e -> ((FormatException) e).line()).isEqualTo(2);
    }

    @Test
    void aCarefulMultiStageDockerfileOnlyGetsTheDigestNote() throws IOException {
        List<Finding> findings = Lint.all(fixture("fastapi-multistage.Dockerfile"));
        assertThat(findings).extracting(Finding::ruleId).as("check(fastapi-multistage.Dockerfile)")
                .containsExactly("dockerfile/base-image-no-digest", "dockerfile/base-image-no-digest");
    }

    @Test
    void aNaiveDockerfileGetsEveryFindingAtItsLine() throws IOException {
        List<Finding> findings = Lint.all(fixture("naive-node.Dockerfile"));
        assertThat(findings).extracting(f -> f.location().line() + " " + f.ruleId()).as("check(naive-node.Dockerfile)").containsExactly(
                "1 dockerfile/full-base-image",
                "1 dockerfile/no-healthcheck",
                "1 dockerfile/non-root-user",
                "1 dockerfile/unpinned-base-image",
                "2 dockerfile/maintainer-deprecated",
                "3 dockerfile/secret-in-env-or-arg",
                "4 dockerfile/relative-workdir",
                "5 dockerfile/add-local-file",
                "6 dockerfile/apt-install-recommends",
                "6 dockerfile/install-without-yes",
                "6 dockerfile/package-cache-not-cleaned",
                "7 dockerfile/curl-pipe-shell",
                "7 dockerfile/pipe-without-pipefail",
                "8 dockerfile/dependency-install-after-copy-all",
                "8 dockerfile/unpinned-package-install",
                "10 dockerfile/shell-form-cmd");
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.location().file()).isEqualTo("Dockerfile");
            assertThat(f.fix()).isNotBlank();
            assertThat(f.message()).isNotBlank();
        });
        assertThat(findings).filteredOn(f -> f.ruleId().equals("dockerfile/non-root-user")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(family.rules().stream()
                        .filter(r -> r.id().equals(f.ruleId())).findFirst().orElseThrow().severity()));
    }

    @Test
    void findingIdsAreStableWhenLinesMove() {
        String before = "FROM alpine:3.20\nRUN apk add curl\n";
        String after = "FROM alpine:3.20\n\n# moved\nRUN apk add curl\n";
        assertThat(Lint.of("dockerfile/package-cache-not-cleaned", before)).extracting(Finding::id)
                .isEqualTo(Lint.of("dockerfile/package-cache-not-cleaned", after).stream().map(Finding::id).toList());
    }

    @Test
    void onbuildRunsAreCheckedAsTheRunTheyRegister() {
        assertThat(Lint.of("dockerfile/package-cache-not-cleaned", "FROM alpine:3.20\nONBUILD RUN apk add curl\n"))
                .extracting(f -> f.location().line()).containsExactly(2);
        assertThat(Lint.all("Dockerfile", "FROM alpine:3.20\nONBUILD CMD a\nCMD [\"b\"]\n", Map.of()))
                .filteredOn(f -> f.ruleId().equals("dockerfile/overridden-instruction")).as("ONBUILD CMD is not this stage's").isEmpty();
    }
}
