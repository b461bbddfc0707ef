package dev.upkeep.plan;

import dev.upkeep.assess.RollbackCriteria;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Location;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The runbook around each wave: what must hold before it (§3.1 Pre-Flight), how to verify it (the
 * repository's own commands, health checks, §3.10), when to roll it back (the policy's thresholds)
 * and how (§7 Rollback Procedures: previous image tags; the pre-maintenance backup when the wave
 * migrates data, because migrations are forward-only).
 */
final class Checklists {
    record Lists(List<String> preconditions, List<String> verification, List<String> rollbackCriteria, List<String> rollbackSteps) {}

    private final RepoFacts repo;
    private final RollbackCriteria criteria;
    private final boolean database;

    Checklists(RepoFacts repo, RollbackCriteria criteria, boolean database) {
        this.repo = repo;
        this.criteria = criteria;
        this.database = database;
    }

    Lists build(Draft d, int number, List<Upgrade> upgrades, boolean migrations, boolean breaking, String branch) {
        Set<String> npmDirs = new TreeSet<>();
        Set<String> pyDirs = new TreeSet<>();
        Set<String> packageFiles = new TreeSet<>();
        Set<Location> composeChanges = new LinkedHashSet<>();
        for (Upgrade u : upgrades) {
            for (Change c : u.changes()) {
                String file = c.at().file();
                if (u.ecosystem() == Ecosystem.NPM) {
                    npmDirs.add(dir(file));
                    packageFiles.add(file);
                } else if (u.ecosystem() == Ecosystem.PYPI) {
                    pyDirs.add(dir(file));
                    packageFiles.add(file);
                } else if (file.matches("(.*/)?(docker-)?compose[^/]*\\.ya?ml")) {
                    composeChanges.add(c.at());
                } else {
                    packageFiles.add(file);
                }
            }
        }
        List<String> pre = new ArrayList<>();
        pre.add("Branch `" + branch + "` created from main (§2 Prep)");
        npmDirs.forEach(dir -> pre.add("Versions recorded: `npm ls --depth=0 > deps-before.txt` in " + where(dir) + " (§3.1)"));
        pyDirs.forEach(dir -> pre.add("Versions recorded: `pip freeze > deps-before.txt` in " + where(dir) + " (§3.1)"));
        if (database) {
            pre.add("Production database backed up, and the backup verified restorable (§3.1)");
        }
        if (migrations) {
            pre.add("That backup restored on a scratch instance: this wave migrates data, and its rollback is that restore (§4.3, §7)");
        }
        pre.add("Staging green: main deployed to staging and its acceptance tests passing (§2.1, §3.10)"
                + (number > 1 ? "; wave " + (number - 1) + " watched without a rollback" : ""));
        if (breaking) {
            pre.add("Possible downtime announced to stakeholders (§3 Prep)");
        }
        if (d.kind.outOfBand()) {
            pre.add("On-call engineer and stakeholders told that out-of-band maintenance is under way (§5)");
        }
        List<String> verify = new ArrayList<>();
        for (String dir : union(npmDirs, pyDirs)) {
            List<RepoFacts.Command> cmds = repo.commandsIn(dir);
            if (cmds.isEmpty()) {
                verify.add("No install, lint, test or build command found for " + where(dir) + ": verify it by hand");
            }
            cmds.forEach(c -> verify.add("`" + c.run() + "` in " + where(dir) + " (from " + c.source() + ")"));
        }
        List<RepoFacts.Service> healthy = repo.services().stream().filter(s -> s.healthcheck() != null).toList();
        verify.add("Deployed to staging with `docker compose up -d --build`; acceptance tests pass (§3.10)");
        if (!healthy.isEmpty()) {
            verify.add("`docker compose ps` shows " + names(healthy) + " healthy");
            healthy.forEach(s -> verify.add("Health check of " + s.name() + " passes: `" + s.healthcheck() + "`"));
        }
        verify.add("Deployed to production; watched for " + human(criteria.watch()) + " (§3.10)");
        List<String> when = new ArrayList<>();
        when.add("Error rate above " + percent(criteria.errorRatePercent()) + " (maintenance procedures: \"Error rate < 1%\")");
        when.add("p95 API latency more than " + percent(criteria.latencyRegressionPercent()) + " above the baseline taken before the wave"
                + " (§4.2), or above " + human(criteria.latencyP95()) + " (procedures: \"API response times < 500ms\")");
        when.add(healthy.isEmpty() ? "A health endpoint failing" : "Any health check failing (" + names(healthy) + ")");
        when.add("Any of these within " + human(criteria.watch()) + " of the deploy");
        List<String> how = new ArrayList<>();
        if (!packageFiles.isEmpty()) {
            how.add("Revert the wave's commit on `" + branch + "` (" + String.join(", ", packageFiles) + "), rebuild and redeploy");
        }
        List<RepoFacts.Service> built = repo.services().stream().filter(RepoFacts.Service::built).filter(s -> s.image() != null).toList();
        if (!built.isEmpty()) {
            how.add("Redeploy the previous images: " + String.join(", ", built.stream().map(s -> "`" + s.image() + "`").toList())
                    + " — `docker compose up -d --force-recreate " + names(built).replace(",", "") + "` (§7 Application Rollback)");
        }
        for (Location at : composeChanges) {
            for (Upgrade u : upgrades) {
                u.changes().stream().filter(c -> c.at().equals(at)).forEach(c -> how.add("Put back `" + c.from() + "` in " + at
                        + " and recreate the service (`docker compose up -d --force-recreate`) (§7 Infrastructure Rollback)"));
            }
        }
        if (migrations) {
            how.add("Restore the database from the pre-maintenance backup: migrations are forward-only (§7 Database Rollback)");
            how.add("Redeploy the previous application version, then investigate the migration on staging (§7)");
        }
        how.add("Verify service health (`docker compose ps`) and record the rollback in the maintenance log (§8)");
        return new Lists(pre, verify, when, how);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static String names(List<RepoFacts.Service> services) {
        return String.join(", ", services.stream().map(RepoFacts.Service::name).toList());
    }

    private static String where(String dir) {
        return dir.isEmpty() ? "the repository root" : "`" + dir + "/`";
    }

    static String dir(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "" : file.substring(0, slash);
    }

    static String percent(double p) {
        return (p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p)) + "%";
    }

    static String human(Duration d) {
        if (d.toMillis() < 1000) {
            return d.toMillis() + " ms";
        }
        if (d.toMinutes() < 1) {
            return d.toSeconds() + " s";
        }
        if (d.toHours() < 1) {
            return d.toMinutes() + " min";
        }
        return d.toHours() % 24 == 0 && d.toDays() >= 7 ? d.toDays() + " days" : d.toHours() + " h";
    }
}
