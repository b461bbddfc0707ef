package dev.upkeep.hygiene.ci;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Location;
import dev.upkeep.hygiene.LintContext;
import dev.upkeep.hygiene.LintFile;
import dev.upkeep.hygiene.RuleFamily;
import dev.upkeep.hygiene.RuleInfo;
import dev.upkeep.inventory.FormatException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CI gates: vulnerability scanning of dependencies and images, lint and test for every app,
 * actions pinned to commit SHAs, and no pull_request_target workflow that runs the pull request's
 * code. Only the repository's own CI counts: root {@code .github/workflows/*.yml} and
 * {@code .gitlab-ci.yml}. Repository-wide findings (no scanning, an app without gates) are reported
 * once, on the first CI file that parses.
 */
public final class CiFamily implements RuleFamily {
    private static final Pattern WORKFLOW = Pattern.compile("^\\.github/workflows/[^/]+\\.ya?ml$");
    private static final Pattern DOCKERFILE = Pattern.compile("(?i)(?:^|/)(?:dockerfile(?:\\.[\\w.-]+)?|[\\w.-]+\\.dockerfile)$");

    @Override
    public String id() {
        return "ci";
    }

    @Override
    public List<RuleInfo> rules() {
        return CiRules.ALL;
    }

    @Override
    public boolean wants(String path) {
        return WORKFLOW.matcher(path).matches() || path.equals(".gitlab-ci.yml");
    }

    @Override
    public List<Finding> check(LintFile file, LintContext context) throws IOException {
        Workflow workflow = Workflow.parse(file.path(), file.text());
        List<Finding> findings = new ArrayList<>();
        findings.addAll(Actions.check(workflow));
        List<Workflow> all = all(context);
        if (!all.isEmpty() && all.get(0).path().equals(file.path())) {
            findings.addAll(repositoryWide(all, context, file.path()));
        }
        return findings;
    }

    private List<Workflow> all(LintContext context) throws IOException {
        List<Workflow> all = new ArrayList<>();
        for (String path : context.paths()) {
            if (!wants(path)) {
                continue;
            }
            Optional<String> text = context.read(path);
            if (text.isEmpty()) {
                continue;
            }
            try {
                all.add(Workflow.parse(path, text.get()));
            } catch (FormatException e) {
                // reported as "cannot parse" when that file is checked; the others still count
            }
        }
        return all;
    }

    private static List<Finding> repositoryWide(List<Workflow> all, LintContext context, String here) throws IOException {
        List<Finding> findings = new ArrayList<>();
        Location at = Location.of(here);
        String files = all.size() == 1 ? all.get(0).path() : "any of the " + all.size() + " CI files";
        if (!Scanners.scansDependencies(all)) {
            findings.add(CiRules.NO_DEPENDENCY_SCAN.finding("repository", at,
                    "no step in " + files + " scans dependencies for known vulnerabilities"));
        }
        Optional<String> dockerfile = context.paths().stream().filter(p -> DOCKERFILE.matcher(p).find()).findFirst();
        if (dockerfile.isPresent() && !Scanners.scansImages(all)) {
            findings.add(CiRules.NO_IMAGE_SCAN.finding("repository", at,
                    "the repository builds images (" + dockerfile.get() + ") but no step in " + files + " scans them for vulnerabilities"));
        }
        for (Apps.App app : Apps.find(context)) {
            Set<QualityGates.Gate> found = QualityGates.found(app, all);
            List<String> missing = new ArrayList<>();
            for (QualityGates.Gate g : List.of(QualityGates.Gate.LINT, QualityGates.Gate.TEST)) {
                if (!found.contains(g)) {
                    missing.add(g.label);
                }
            }
            if (!missing.isEmpty()) {
                String has = found.isEmpty() ? "no gate at all" : "found: " + String.join(", ", found.stream().map(g -> g.label).toList());
                findings.add(CiRules.MISSING_QUALITY_GATE.finding(app.manifest(), at,
                        app.describe() + " has no " + String.join(" or ", missing) + " step in " + files + " (" + has + ")"));
            }
        }
        return findings;
    }
}
