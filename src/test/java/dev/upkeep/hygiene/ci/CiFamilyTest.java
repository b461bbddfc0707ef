package dev.upkeep.hygiene.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.FakeLint;
import dev.upkeep.hygiene.LintContext;
import dev.upkeep.inventory.FormatException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CiFamilyTest {
    private static final String CHECKOUT = "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683";
    private static final String BACKEND_PKG = "{\"scripts\": {\"lint\": \"eslint .\", \"test\": \"jest\", \"ci\": \"eslint . && jest\"}}";
    private static final String FRONTEND_PKG = "{\"scripts\": {\"lint\": \"eslint .\", \"build\": \"tsc -b && vite build\"}}";

    private final CiFamily family = new CiFamily();

    /** Checks every CI file of {@code files}, as the engine would. */
    private List<Finding> lint(Map<String, String> files) throws IOException {
        LintContext context = FakeLint.context(files);
        List<Finding> findings = new ArrayList<>();
        for (String path : context.paths()) {
            if (family.wants(path)) {
                findings.addAll(family.check(FakeLint.file(path, files.get(path)), context));
            }
        }
        return findings;
    }

    private static List<String> ids(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + " " + f.subject() + " @" + f.location()).toList();
    }

    private static Map<String, String> stack(String... pathsAndTexts) {
        Map<String, String> files = new HashMap<>();
        files.put("backend/package.json", BACKEND_PKG);
        files.put("frontend/package.json", FRONTEND_PKG);
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        return files;
    }

    @Test
    void wantsOnlyTheRepositorysOwnCi() {
        assertThat(family.wants(".github/workflows/ci.yml")).isTrue();
        assertThat(family.wants(".github/workflows/release.yaml")).isTrue();
        assertThat(family.wants(".gitlab-ci.yml")).isTrue();
        assertThat(family.wants("examples/app/.github/workflows/ci.yml")).isFalse();
        assertThat(family.wants(".github/dependabot.yml")).isFalse();
    }

    @Test
    void gatedScannedAndPinnedRepositoryIsClean() throws IOException {
        List<Finding> findings = lint(stack(".github/workflows/ci.yml", """
                on: [push, pull_request]
                jobs:
                  backend:
                    runs-on: ubuntu-24.04
                    defaults:
                      run:
                        working-directory: backend
                    steps:
                      - uses: %s
                      - run: npm ci
                      - run: npm run ci
                      - run: npm audit --audit-level=high
                  frontend:
                    runs-on: ubuntu-24.04
                    steps:
                      - uses: %s
                      - run: npm ci --prefix frontend && npm run lint --prefix frontend
                      - name: unit tests
                        run: npx vitest run
                        working-directory: ./frontend
                  image:
                    runs-on: ubuntu-24.04
                    steps:
                      - run: docker build -t api backend && trivy image --exit-code 1 --severity HIGH,CRITICAL api
                """.formatted(CHECKOUT, CHECKOUT), "backend/Dockerfile", "FROM node:20-alpine\n"));
        assertThat(ids(findings)).as("lint(gated, scanned, pinned)").isEmpty();
    }

    @Test
    void missingScansAndGatesAreReportedOnceOnTheFirstWorkflow() throws IOException {
        List<Finding> findings = lint(stack(
                ".github/workflows/ci.yml", """
                        on: push
                        jobs:
                          backend:
                            defaults: {run: {working-directory: backend}}
                            steps:
                              - run: npm ci && npm run lint && npm test
                          frontend:
                            steps:
                              - run: cd frontend && npm ci && npm run build
                        """,
                ".github/workflows/deploy.yml", "on: push\njobs:\n  deploy:\n    steps:\n      - run: ./deploy.sh\n",
                "backend/Dockerfile", "FROM node:20-alpine\n",
                "api/pyproject.toml", "[project]\nname = \"api\"\n"));
        assertThat(ids(findings)).containsExactlyInAnyOrder(
                "ci/no-dependency-scan repository @.github/workflows/ci.yml",
                "ci/no-image-scan repository @.github/workflows/ci.yml",
                "ci/missing-quality-gate api/pyproject.toml @.github/workflows/ci.yml",
                "ci/missing-quality-gate frontend/package.json @.github/workflows/ci.yml");
        assertThat(findings).filteredOn(f -> f.subject().equals("frontend/package.json")).extracting(Finding::message).containsExactly(
                "app 'frontend' (frontend/package.json) has no lint or test step in any of the 2 CI files (found: type check)");
        assertThat(findings).filteredOn(f -> f.subject().equals("api/pyproject.toml")).extracting(Finding::message).containsExactly(
                "app 'api' (api/pyproject.toml) has no lint or test step in any of the 2 CI files (no gate at all)");
    }

    @Test
    void workspaceRootsTestFixturesAndRecursiveRunsCount() throws IOException {
        Map<String, String> files = new HashMap<>();
        files.put("package.json", "{\"workspaces\": [\"apps/*\"]}");
        files.put("apps/web/package.json", "{}");
        files.put("apps/api/package.json", "{}");
        files.put("apps/api/test/fixtures/package.json", "{}");
        files.put("docs/requirements.txt", "mkdocs\n");
        files.put(".gitlab-ci.yml", """
                include:
                  - template: Jobs/Dependency-Scanning.gitlab-ci.yml
                check:
                  script:
                    - pnpm -r lint
                    - pnpm -r test
                """);
        assertThat(lint(files)).as("lint(monorepo with recursive gates)").isEmpty();
    }

    @Test
    void unpinnedActionsByOwner() throws IOException {
        List<Finding> findings = lint(Map.of(".github/workflows/release.yml", """
                on:
                  push:
                    tags: ["v*"]
                jobs:
                  release:
                    steps:
                      - uses: actions/checkout@v4
                      - uses: docker/login-action@v3
                      - uses: docker/build-push-action@9e436ba9f2d7bcd1d038c8e55d039d37896ddc5d
                      - uses: ./.github/actions/setup
                      - uses: docker://alpine:3.20
                      - run: npm audit && trivy image x
                  shared:
                    uses: acme/workflows/.github/workflows/deploy.yml@main
                """));
        assertThat(findings).extracting(Finding::ruleId, Finding::severity, f -> f.location().line()).containsExactly(
                org.assertj.core.api.Assertions.tuple("ci/unpinned-github-action", Severity.INFO, 7),
                org.assertj.core.api.Assertions.tuple("ci/unpinned-action", Severity.MEDIUM, 8),
                org.assertj.core.api.Assertions.tuple("ci/unpinned-action", Severity.MEDIUM, 11),
                org.assertj.core.api.Assertions.tuple("ci/unpinned-action", Severity.MEDIUM, 14));
        assertThat(findings.get(1).message()).isEqualTo(
                "job 'release' uses docker/login-action at 'v3', a ref its owner can move rather than a full commit SHA");
    }

    @Test
    void pullRequestTargetCheckingOutTheHead() throws IOException {
        String risky = """
                on:
                  pull_request_target:
                    types: [opened, synchronize]
                jobs:
                  preview:
                    steps:
                      - uses: %s
                        with:
                          ref: ${{ github.event.pull_request.head.sha }}
                      - run: npm ci && npm run build && npm audit
                """.formatted(CHECKOUT);
        assertThat(lint(Map.of(".github/workflows/preview.yml", risky)))
                .extracting(Finding::ruleId, f -> f.location().line())
                .containsExactly(org.assertj.core.api.Assertions.tuple("ci/pull-request-target-checkout", 7));
        String labelOnly = "on: pull_request_target\njobs:\n  label:\n    steps:\n      - uses: " + CHECKOUT + "\n      - run: npm audit\n";
        assertThat(lint(Map.of(".github/workflows/label.yml", labelOnly))).as("checkout of the base is safe").isEmpty();
        String onPullRequest = risky.replace("pull_request_target", "pull_request");
        assertThat(lint(Map.of(".github/workflows/preview.yml", onPullRequest))).isEmpty();
        String ghCheckout = "on: pull_request_target\njobs:\n  t:\n    steps:\n      - run: gh pr checkout ${{ github.event.number }} && npm audit\n";
        assertThat(lint(Map.of(".github/workflows/t.yml", ghCheckout))).extracting(Finding::ruleId)
                .containsExactly("ci/pull-request-target-checkout");
    }

    @Test
    void unparseableWorkflowThrowsAndTheNextOneCarriesRepositoryFindings() throws IOException {
        Map<String, String> files = stack(
                ".github/workflows/a.yml", "on: push\njobs:\n  x:\n    steps: [\n",
                ".github/workflows/b.yml", "on: push\njobs:\n  x:\n    steps:\n      - run: echo hi\n");
        LintContext context = FakeLint.context(files);
        assertThatThrownBy(() -> family.check(FakeLint.file(".github/workflows/a.yml", files.get(".github/workflows/a.yml")), context))
                .isInstanceOf(FormatException.class);
        List<Finding> b = family.check(FakeLint.file(".github/workflows/b.yml", files.get(".github/workflows/b.yml")), context);
        assertThat(b).extracting(Finding::ruleId).contains("ci/no-dependency-scan");
    }
}
