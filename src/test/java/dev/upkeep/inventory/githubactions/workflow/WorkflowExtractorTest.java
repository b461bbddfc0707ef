package dev.upkeep.inventory.githubactions.workflow;

import static dev.upkeep.inventory.InMemoryFiles.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Kind;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Problem;
import dev.upkeep.domain.Relation;
import dev.upkeep.domain.Scope;
import dev.upkeep.domain.SkipReason;
import dev.upkeep.inventory.Extraction;
import dev.upkeep.inventory.FormatException;
import dev.upkeep.inventory.InMemoryFiles;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkflowExtractorTest {
    private static final String CI = ".github/workflows/ci.yml";
    private final WorkflowExtractor extractor = new WorkflowExtractor();

    private Extraction extract(String fixture) throws IOException {
        return extractor.extract(InMemoryFiles.of(CI, resource(getClass(), fixture)));
    }

    private static List<Component> ofKind(Extraction found, Kind kind) {
        return found.components().stream().filter(c -> c.kind() == kind).toList();
    }

    @ParameterizedTest(name = "wants({0})")
    @CsvSource({".github/workflows/ci.yml,true", ".github/workflows/release.yaml,true", "svc/.github/workflows/ci.yml,true",
        ".github/dependabot.yml,false", ".github/workflows/scripts/x.yml,false", "workflows/ci.yml,false"})
    void wantsWorkflowFiles(String path, boolean wanted) {
        assertThat(extractor.wants(path)).as("wants(%s)", path).isEqualTo(wanted);
    }

    @Test
    void actionsWithTheirRefs() throws IOException {
        assertThat(ofKind(extract("ci.yml"), Kind.ACTION)).as("extract(ci.yml) actions")
                .extracting(Component::name, Component::version, Component::purl, c -> c.locations().get(0).line())
                .containsExactly(
                        tuple("actions/checkout", "11bd71901bbe5b1630ceea73d27597364c9af683",
                                "pkg:github/actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683", 15),
                        tuple("actions/setup-node", "v4", "pkg:github/actions/setup-node@v4", 16),
                        tuple("actions/checkout", "v4", "pkg:github/actions/checkout@v4", 33),
                        tuple("actions/setup-python", "v5", "pkg:github/actions/setup-python@v5", 34),
                        tuple("github/codeql-action/init", "v3", "pkg:github/github/codeql-action@v3#init", 37),
                        tuple("acme/workflows/.github/workflows/release.yml", "main",
                                "pkg:github/acme/workflows@main#.github/workflows/release.yml", 40));
    }

    @Test
    void aShaPinIsMarkedAndItsCommentKept() throws IOException {
        Component checkout = ofKind(extract("ci.yml"), Kind.ACTION).get(0);
        assertThat(checkout).as("extract(ci.yml) pinned checkout").isEqualTo(new Component(
                Ecosystem.GITHUB_ACTIONS, Kind.ACTION, "actions/checkout", "11bd71901bbe5b1630ceea73d27597364c9af683",
                "11bd71901bbe5b1630ceea73d27597364c9af683", Relation.DIRECT, Scope.DEV,
                "pkg:github/actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683", List.of(new Location(CI, 15)), null,
                Map.of("job", "web", "pinned", "sha", "ref-comment", "v4.2.2")));
        assertThat(ofKind(extract("ci.yml"), Kind.ACTION).get(1).properties()).as("extract(ci.yml) setup-node@v4")
                .doesNotContainKey("pinned");
    }

    @Test
    void matrixValuesBecomeOneRuntimeEach() throws IOException {
        assertThat(ofKind(extract("ci.yml"), Kind.RUNTIME)).as("extract(ci.yml) runtimes")
                .extracting(Component::name, Component::version, c -> c.properties().get("source"), c -> c.locations().get(0).line())
                .containsExactly(
                        tuple("node", "18", "setup-node", 10), // the line of the matrix value
                        tuple("node", "20", "setup-node", 10),
                        tuple("node", "22", "setup-node", 12),
                        tuple("python", "3.12", "image", 24),   // inside the job container
                        tuple("postgresql", "16", "image", 27),
                        tuple("redis", "7", "image", 31),
                        tuple("python", "3.12", "setup-python", 4)); // from the workflow env
    }

    @Test
    void containerServicesAndDockerStepsAreImages() throws IOException {
        assertThat(ofKind(extract("ci.yml"), Kind.IMAGE)).as("extract(ci.yml) images")
                .extracting(Component::name, Component::version, Component::scope, c -> c.properties().get("service"))
                .containsExactly(
                        tuple("library/python", "3.12-slim-bookworm", Scope.DEV, null),
                        tuple("library/postgres", "16-alpine", Scope.DEV, "postgres"),
                        tuple("library/redis", "7", Scope.DEV, "redis"),
                        tuple("ghcr.io/hadolint/hadolint", "v2.12.0", Scope.DEV, null));
    }

    @Test
    void localActionsAndWorkflowsAreNoComponentsAndNoProblems() throws IOException {
        Extraction found = extract("ci.yml");
        assertThat(found.components()).as("extract(ci.yml) names").extracting(Component::name)
                .noneMatch(n -> n.startsWith("./"));
        assertThat(found.problems()).as("extract(ci.yml) problems").isEmpty();
    }

    @Test
    void aMatrixFromAnExpressionIsVariable() throws IOException {
        assertThat(ofKind(extract("matrix-from-json.yml"), Kind.RUNTIME)).as("extract(matrix-from-json.yml) runtimes")
                .extracting(Component::version, Component::constraint, Component::skipReason, c -> c.locations().get(0).line())
                .containsExactly(
                        tuple(null, "${{ matrix.python }}", SkipReason.VARIABLE, 20), // lines of the block scalar
                        tuple("3.13", "3.13", null, 21));
    }

    @Test
    void aFileWithoutJobsIsAFormatError() {
        assertThatThrownBy(() -> extract("no-jobs.yml")).as("extract(no-jobs.yml)").isInstanceOf(FormatException.class)
                .hasMessageContaining("jobs");
    }

    @Test
    void malformedYamlIsAFormatErrorWithItsLine() {
        assertThatThrownBy(() -> extractor.extract(InMemoryFiles.of(CI, "on: push\njobs:\n  a: [\n")))
                .as("extract(unclosed flow sequence)")
                .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.line()).isEqualTo(4));
    }

    @Test
    void oddUsesValuesAreProblems() throws IOException {
        Extraction found = extractor.extract(InMemoryFiles.of(CI, """
                on: push
                jobs:
                  a:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: not an action
                      - uses: actions/cache
                """));
        assertThat(found.problems()).as("extract(odd uses) problems")
                .containsExactly(new Problem("github-actions/workflow", new Location(CI, 6), "not an action reference: 'not an action'"));
        assertThat(found.components()).as("extract(odd uses) components")
                .extracting(Component::name, Component::version, Component::skipReason)
                .containsExactly(tuple("actions/cache", null, SkipReason.UNPINNED));
    }
}
