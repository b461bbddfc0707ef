package dev.upkeep.plan;

import static dev.upkeep.plan.Stacks.life;
import static dev.upkeep.plan.Stacks.npm;
import static dev.upkeep.plan.Stacks.npmRelease;
import static dev.upkeep.plan.Stacks.pypi;
import static dev.upkeep.plan.Stacks.runtime;

import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Problem;
import dev.upkeep.domain.Relation;
import dev.upkeep.domain.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small stale stack planned end to end, for the report tests: an end-of-life Node, a Next.js
 * and React pair a major behind, a vulnerable FastAPI pinning Starlette, an upgrade no order can
 * do, a hygiene finding, an expired ignore, a file that could not be read.
 */
public final class PlanSamples {
    private PlanSamples() {}

    public static Plan sample() {
        Stacks.Registry reg = PlannerTest.nextAndReact();
        PlannerTest.fastapi(true).releases.forEach((k, v) -> reg.releases.put(k, v));
        PlannerTest.fastapi(true).advisories.forEach((k, v) -> reg.advisories.put(k, v));
        reg.add(Ecosystem.NPM, "vite", npmRelease("5.4.0", Map.of(), ">=18.0.0", Map.of()),
                npmRelease("6.0.0", Map.of(), ">=30.0.0", Map.of()));
        List<dev.upkeep.assess.Drift> drifts = List.of(
                reg.drift(runtime("node", "18", "web/.nvmrc"), life("nodejs", "18", "2025-04-30", true, "18.20.8", "24")),
                reg.drift(npm("next", "14.2.35"), null),
                reg.drift(npm("react", "18.3.1"), null),
                reg.drift(npm("react-dom", "18.3.1"), null),
                reg.drift(npm("vite", "5.4.0"), null),
                reg.drift(pypi("fastapi", "0.95.2", Relation.DIRECT), null),
                reg.drift(pypi("starlette", "0.27.0", Relation.TRANSITIVE), null));
        RepoFacts repo = new RepoFacts(List.of(
                new RepoFacts.Command("web", "npm ci", ".github/workflows/ci.yml"),
                new RepoFacts.Command("web", "npm run build", ".github/workflows/ci.yml"),
                new RepoFacts.Command("api", "pytest", ".github/workflows/ci.yml")),
                List.of(new RepoFacts.Service("db", "compose.yaml", "postgres:16-alpine", "pg_isready -U app", false),
                        new RepoFacts.Service("api", "compose.yaml", "ghcr.io/acme/api:2.0.1", "curl -fsS http://localhost:8000/health", true)));
        Plan plan = Stacks.plan(drifts, reg, """
                ignore:
                  - id: compose/privileged
                    reason: the proxy needs raw sockets (OPS-7) | review "soon"
                    until: 2026-09-30
                """, Stacks.NOW, repo);
        List<Finding> findings = new ArrayList<>(plan.findings());
        findings.add(Finding.of("compose/no-healthcheck", "worker", Severity.HIGH, "service worker has no healthcheck <script>",
                new Location("compose.yaml", 12), "Add a healthcheck.").classified(dev.upkeep.domain.FindingClass.PLANNED,
                java.time.LocalDate.parse("2027-01-07"), "monthly 2027-01"));
        findings.sort(Planner.FINDING_ORDER);
        return new Plan(plan.stack(), plan.today(), plan.at(), plan.policy(), plan.schedule(), findings, plan.waves(), plan.blocked(),
                List.of("advisories: no OSV data imported, so advisories are unknown"),
                List.of(new Problem("npm/package-lock", new Location("web/package-lock.json", 3), "not JSON")));
    }
}
