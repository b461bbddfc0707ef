package dev.upkeep.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LintTableTest {
    @Test
    void alignsColumnsAndEndsWithASummary() {
        String table = LintTable.render(LintReports.sample(), false);
        assertThat(table).isEqualTo("""
                SEVERITY  RULE                   LOCATION                         MESSAGE
                medium    ci/no-dependency-scan  .github/workflows/ci.yml         no step scans dependencies
                          fix: Add one. (docs/rules/ci/no-dependency-scan.md)
                medium    ci/unpinned-action     .github/workflows/release.yml:8  job 'release' uses docker/login-action at 'v3'
                          fix: Pin the SHA. (docs/rules/ci/unpinned-action.md)
                high      compose/docker-socket  deploy/my stack/compose.yaml:12  service 'proxy' mounts the Docker socket
                          fix: Remove the mount. (docs/rules/compose/docker-socket.md)

                Problems:
                  ops/compose.yml:3: cannot parse: duplicate key 'image' (compose)

                3 findings (1 high, 2 medium) in 14 files; 2 suppressed; 1 problem.
                """);
        assertThat(table).doesNotContain("\u001B[");
    }

    @Test
    void colourOnlyWhenAsked() {
        assertThat(LintTable.render(LintReports.sample(), true)).contains("\u001B[31mhigh").contains("\u001B[0m");
    }

    @Test
    void cleanRunIsOneLine() {
        assertThat(LintTable.render(LintReports.clean(), false)).isEqualTo("No findings in 3 files; 0 suppressed; 0 problems.\n");
    }
}
