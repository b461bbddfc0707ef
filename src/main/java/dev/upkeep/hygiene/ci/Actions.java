package dev.upkeep.hygiene.ci;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Per-workflow rules about what runs: action pinning, and pull_request_target checking out PR code. */
final class Actions {
    private static final Pattern SHA = Pattern.compile("^[0-9a-f]{40}$");
    private static final Pattern PR_HEAD = Pattern.compile(
            "github\\.event\\.pull_request\\.head\\.(?:sha|ref)|github\\.head_ref|refs/pull/|github\\.event\\.pull_request\\.merge_commit_sha");

    private Actions() {}

    static List<Finding> check(Workflow workflow) {
        List<Finding> findings = new ArrayList<>();
        boolean prTarget = workflow.events().contains("pull_request_target");
        for (Step step : workflow.steps()) {
            Location at = new Location(workflow.path(), step.line());
            String uses = step.uses().strip();
            if (!uses.isEmpty() && !uses.startsWith("./")) {
                unpinned(step, uses, at, findings);
            }
            if (prTarget && checksOutHead(step)) {
                findings.add(CiRules.PR_TARGET_CHECKOUT.finding(step.job() + ":" + step.line(), at,
                        "job '" + step.job() + "' runs on pull_request_target and checks out the pull request's head, so code from any fork runs with this repository's secrets and write token"));
            }
        }
        return findings;
    }

    private static void unpinned(Step step, String uses, Location at, List<Finding> findings) {
        if (uses.startsWith("docker://")) {
            if (!uses.contains("@sha256:")) {
                findings.add(CiRules.UNPINNED_ACTION.finding(step.job() + ":" + uses, at,
                        "job '" + step.job() + "' runs container " + uses + " by tag, not by digest"));
            }
            return;
        }
        int at2 = uses.lastIndexOf('@');
        String ref = at2 < 0 ? "" : uses.substring(at2 + 1);
        if (SHA.matcher(ref).matches()) {
            return;
        }
        String owner = uses.substring(0, Math.max(0, uses.indexOf('/'))).toLowerCase(Locale.ROOT);
        boolean github = owner.equals("actions") || owner.equals("github");
        String how = ref.isEmpty() ? "without a ref" : "at '" + ref + "', a ref its owner can move";
        findings.add((github ? CiRules.UNPINNED_GITHUB_ACTION : CiRules.UNPINNED_ACTION).finding(step.job() + ":" + uses, at,
                "job '" + step.job() + "' uses " + uses.substring(0, at2 < 0 ? uses.length() : at2) + " " + how + " rather than a full commit SHA"));
    }

    private static boolean checksOutHead(Step step) {
        if (step.uses().startsWith("actions/checkout")) {
            String ref = step.with().getOrDefault("ref", "");
            return PR_HEAD.matcher(ref).find();
        }
        String run = step.run();
        return run.matches("(?s).*\\bgh\\s+pr\\s+checkout\\b.*")
                || run.matches("(?s).*\\bgit\\s+(?:checkout|fetch|pull)\\b.*") && PR_HEAD.matcher(run).find();
    }
}
