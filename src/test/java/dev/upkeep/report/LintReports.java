package dev.upkeep.report;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Problem;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.LintResult;
import dev.upkeep.hygiene.RuleInfo;
import java.util.List;
import java.util.Map;

/** A small lint result with every shape a report must handle. */
final class LintReports {
    static final RuleInfo SOCKET = new RuleInfo("compose/docker-socket", Severity.HIGH, "The Docker socket is mounted", "Remove the mount.");
    static final RuleInfo PIN = new RuleInfo("ci/unpinned-action", Severity.MEDIUM, "An action is not pinned", "Pin the SHA.");
    static final RuleInfo NO_SCAN = new RuleInfo("ci/no-dependency-scan", Severity.MEDIUM, "No dependency scan", "Add one.");

    private LintReports() {}

    static LintResult sample() {
        List<Finding> findings = List.of(
                NO_SCAN.finding("repository", Location.of(".github/workflows/ci.yml"), "no step scans dependencies"),
                PIN.finding("release:docker/login-action@v3", new Location(".github/workflows/release.yml", 8), "job 'release' uses docker/login-action at 'v3'"),
                SOCKET.finding("proxy", new Location("deploy/my stack/compose.yaml", 12), "service 'proxy' mounts the Docker socket")
                        .withEvidence(Map.of("ignoreExpired", "2026-10-31 (upkeep.yml:4)")));
        List<Problem> problems = List.of(new Problem("compose", new Location("ops/compose.yml", 3), "cannot parse: duplicate key 'image'"));
        return new LintResult(findings, problems, 2, 14, List.of(NO_SCAN, PIN, SOCKET));
    }

    static LintResult clean() {
        return new LintResult(List.of(), List.of(), 0, 3, List.of(NO_SCAN, PIN, SOCKET));
    }
}
