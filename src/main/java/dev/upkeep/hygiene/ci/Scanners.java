package dev.upkeep.hygiene.ci;

import java.util.List;
import java.util.regex.Pattern;

/** Recognises vulnerability scanning in CI: of dependencies, and of container images. */
final class Scanners {
    private static final Pattern DEPENDENCY = Pattern.compile(String.join("|",
            "\\b(?:npm|pnpm|bun)\\s+audit\\b", "\\byarn\\s+(?:npm\\s+)?audit\\b", "\\bpip-audit\\b", "\\bsafety\\s+(?:check|scan)\\b",
            "\\bosv-scanner\\b", "\\btrivy\\b", "\\bgrype\\b", "\\bsnyk\\s+test\\b", "dependency-check", "\\bbundle[- ]audit\\b",
            "\\bcargo\\s+audit\\b", "\\bgovulncheck\\b", "\\bupkeep\\s+(?:drift|plan)\\b",
            "dependency-review-action", "trivy-action", "osv-scanner-action", "snyk/actions", "anchore/scan-action",
            "gh-action-pip-audit", "Dependency-Scanning\\.gitlab-ci\\.yml"));
    private static final Pattern IMAGE = Pattern.compile(String.join("|",
            "\\btrivy\\b", "\\bgrype\\b", "\\bdocker\\s+scout\\b", "\\bsnyk\\s+container\\b", "trivy-action", "anchore/scan-action",
            "docker/scout-action", "ghaction-container-scan", "Container-Scanning\\.gitlab-ci\\.yml"));

    private Scanners() {}

    static boolean scansDependencies(List<Workflow> workflows) {
        return workflows.stream().anyMatch(w -> DEPENDENCY.matcher(w.text()).find());
    }

    static boolean scansImages(List<Workflow> workflows) {
        return workflows.stream().anyMatch(w -> IMAGE.matcher(w.text()).find());
    }
}
