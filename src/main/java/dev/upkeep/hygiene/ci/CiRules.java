package dev.upkeep.hygiene.ci;

import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.RuleInfo;
import java.util.List;

/** The CI gate rules; each has a page in docs/rules/ci/. */
final class CiRules {
    static final RuleInfo NO_DEPENDENCY_SCAN = new RuleInfo("ci/no-dependency-scan", Severity.MEDIUM,
            "No CI workflow scans dependencies for known vulnerabilities",
            "Add a scanning step that fails on high findings: npm/pnpm audit, pip-audit, osv-scanner, trivy fs, or actions/dependency-review-action on pull requests.");
    static final RuleInfo NO_IMAGE_SCAN = new RuleInfo("ci/no-image-scan", Severity.MEDIUM,
            "The repository builds container images but no CI workflow scans them",
            "Scan each built image before it is pushed (trivy image, grype, docker scout cves) and fail on critical/high findings.");
    static final RuleInfo MISSING_QUALITY_GATE = new RuleInfo("ci/missing-quality-gate", Severity.MEDIUM,
            "An app is not linted or not tested in CI",
            "Add a job (or steps) that runs the app's lint and test scripts in its folder on every pull request, e.g. 'npm run lint' and 'npm test' with working-directory set.");
    static final RuleInfo UNPINNED_ACTION = new RuleInfo("ci/unpinned-action", Severity.MEDIUM,
            "A third-party action is referenced by a tag or branch, which its owner can move to other code",
            "Pin the full 40-character commit SHA and keep the tag as a comment (uses: owner/action@<sha> # v4.2.1); let Dependabot or Renovate bump it.");
    static final RuleInfo UNPINNED_GITHUB_ACTION = new RuleInfo("ci/unpinned-github-action", Severity.INFO,
            "A GitHub-owned action (actions/*, github/*) is referenced by a tag rather than a commit SHA",
            "Pin the full commit SHA with the tag as a comment, or accept GitHub-owned tags knowingly (ignore this rule in upkeep.yml with a reason).");
    static final RuleInfo PR_TARGET_CHECKOUT = new RuleInfo("ci/pull-request-target-checkout", Severity.CRITICAL,
            "A pull_request_target workflow checks out the pull request's code, running it with the repository's secrets",
            "Use the pull_request event for anything that builds or runs PR code; keep pull_request_target to label or comment, without checking out the head.");

    static final List<RuleInfo> ALL = List.of(NO_DEPENDENCY_SCAN, NO_IMAGE_SCAN, MISSING_QUALITY_GATE, UNPINNED_ACTION,
            UNPINNED_GITHUB_ACTION, PR_TARGET_CHECKOUT);

    private CiRules() {}
}
