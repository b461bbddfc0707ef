package dev.upkeep.plan;

import dev.upkeep.assess.Drift;
import dev.upkeep.assess.DriftFindings;
import dev.upkeep.assess.Groups;
import dev.upkeep.assess.IgnoreFilter;
import dev.upkeep.assess.LifecycleStatus;
import dev.upkeep.assess.MatchedAdvisory;
import dev.upkeep.assess.Policy;
import dev.upkeep.assess.PolicySection;
import dev.upkeep.assess.ReleaseLookup;
import dev.upkeep.assess.RiskRules;
import dev.upkeep.assess.UpgradePath;
import dev.upkeep.assess.UpgradePaths;
import dev.upkeep.calendar.CalendarSection;
import dev.upkeep.calendar.Schedule;
import dev.upkeep.config.ConfigLoader;
import dev.upkeep.config.UpkeepConfig;
import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Kind;
import dev.upkeep.domain.Relation;
import dev.upkeep.domain.Severity;
import dev.upkeep.knowledge.Advisory;
import dev.upkeep.knowledge.Release;
import dev.upkeep.versioning.InvalidVersionException;
import dev.upkeep.versioning.UpdateType;
import dev.upkeep.versioning.Version;
import dev.upkeep.versioning.VersionScheme;
import dev.upkeep.versioning.registry.VersionSchemes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Small stacks for planner tests: components, a registry of releases and advisories, and the plan made from them. */
final class Stacks {
    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    static final Instant NOW = LocalDate.parse("2026-11-21").atStartOfDay(BRUSSELS).toInstant();
    private static final Map<String, VersionScheme> CACHE = new ConcurrentHashMap<>();
    static final Function<String, VersionScheme> SCHEMES = id -> CACHE.computeIfAbsent(id, VersionSchemes::byId);

    private Stacks() {}

    static Component npm(String name, String version) {
        return Component.builder(Ecosystem.NPM, Kind.PACKAGE, name).version(version).constraint(version)
                .purl("pkg:npm/" + name.replace("@", "%40") + "@" + version).location("web/package.json", 10).build();
    }

    static Component pypi(String name, String version, Relation relation) {
        return Component.builder(Ecosystem.PYPI, Kind.PACKAGE, name).version(version).relation(relation)
                .purl("pkg:pypi/" + name + "@" + version).location("api/requirements.txt", 5).build();
    }

    static Component runtime(String name, String version, String file) {
        return Component.builder(Ecosystem.RUNTIME, Kind.RUNTIME, name).version(version).purl("pkg:generic/" + name + "@" + version)
                .location(file, 1).build();
    }

    static Release npmRelease(String version, Map<String, String> peers, String node, Map<String, String> deps) {
        return new Release(version, null, false, null, node == null ? Map.of() : Map.of("node", node), peers, null, List.of(), deps);
    }

    static Release npmRelease(String version, Map<String, String> peers) {
        return npmRelease(version, peers, null, Map.of());
    }

    static Release pyRelease(String version, String... requiresDist) {
        return new Release(version, null, false, null, Map.of(), Map.of(), ">=3.8", List.of(requiresDist));
    }

    static LifecycleStatus life(String product, String cycle, String eol, boolean passed, String latestInCycle, String newestCycle) {
        LocalDate e = eol == null ? null : LocalDate.parse(eol);
        Long days = e == null ? null : java.time.temporal.ChronoUnit.DAYS.between(LocalDate.parse("2026-11-21"), e);
        return new LifecycleStatus(product, cycle, e, passed, days, true, !passed, latestInCycle, newestCycle);
    }

    static Advisory advisory(String id, Severity severity, String ecosystem, String name, String introduced, String fixed) {
        return new Advisory(id, List.of(), "a test advisory", severity, "label", null, null,
                List.of(new Advisory.Affected(ecosystem, name, List.of(new Advisory.Range("ECOSYSTEM",
                        List.of(new Advisory.Event("introduced", introduced), new Advisory.Event("fixed", fixed)))), List.of())),
                null, null, List.of("test"));
    }

    /** Releases and advisories by package. */
    static final class Registry implements ReleaseLookup {
        final Map<String, List<Release>> releases = new HashMap<>();
        final Map<String, List<Advisory>> advisories = new HashMap<>();

        Registry add(Ecosystem e, String name, Release... list) {
            releases.computeIfAbsent(e.id() + ":" + name, k -> new ArrayList<>()).addAll(List.of(list));
            return this;
        }

        Registry advise(Ecosystem e, String name, Advisory a) {
            advisories.computeIfAbsent(e.id() + ":" + name, k -> new ArrayList<>()).add(a);
            return this;
        }

        @Override
        public List<Release> releases(Ecosystem ecosystem, String name) {
            return releases.getOrDefault(ecosystem.id() + ":" + name, List.of());
        }

        List<Advisory> advisoriesOf(Component c) {
            return advisories.getOrDefault(c.ecosystem().id() + ":" + c.name(), List.of());
        }

        /** The drift of {@code c}: latest stable release, update type, matched advisories; {@code life} as given. */
        Drift drift(Component c, LifecycleStatus life) {
            VersionScheme s = SCHEMES.apply(dev.upkeep.assess.AdvisoryMatcher.schemeId(c.ecosystem()));
            Version latest = null;
            for (Release r : releases(c.ecosystem(), c.name())) {
                try {
                    Version v = s.parse(r.version());
                    if (!v.isPrerelease() && (latest == null || v.compareTo(latest) > 0)) {
                        latest = v;
                    }
                } catch (InvalidVersionException e) {
                    // skipped
                }
            }
            UpdateType type = latest == null || c.kind() != Kind.PACKAGE ? null : s.updateType(s.parse(c.version()), latest);
            List<MatchedAdvisory> matched = new dev.upkeep.assess.AdvisoryMatcher(SCHEMES).match(c, advisoriesOf(c));
            return new Drift(c, latest == null ? null : latest.text(), null, type, null, null, null, life, matched, List.of());
        }
    }

    static Plan plan(List<Drift> drifts, Registry registry, String upkeepYml) {
        return plan(drifts, registry, upkeepYml, NOW, RepoFacts.NONE);
    }

    static Plan plan(List<Drift> drifts, Registry registry, String upkeepYml, Instant now, RepoFacts repo) {
        UpkeepConfig config = upkeepYml == null ? UpkeepConfig.DEFAULTS : ConfigLoader.parse(upkeepYml, "upkeep.yml");
        Policy policy = PolicySection.read(config);
        Schedule schedule = CalendarSection.read(config, policy.zone());
        UpgradePaths up = new UpgradePaths(registry, registry::advisoriesOf, SCHEMES);
        List<UpgradePath> paths = drifts.stream().map(up::of).toList();
        Map<String, Finding> findings = new LinkedHashMap<>();
        paths.forEach(p -> DriftFindings.of(p, policy.endOfLifeSoonDays()).forEach(f -> findings.putIfAbsent(f.id(), f)));
        LocalDate today = now.atZone(policy.zone()).toLocalDate();
        IgnoreFilter.Outcome kept = IgnoreFilter.apply(new ArrayList<>(findings.values()), config.ignores(), today, "upkeep.yml");
        List<Finding> drift = kept.kept().stream().filter(f -> f.ruleId().startsWith("drift/")).toList();
        List<Finding> other = kept.kept().stream().filter(f -> !f.ruleId().startsWith("drift/")).toList();
        return Planner.plan(new PlanRequest("stack", now, policy, schedule, RiskRules.read(config), Groups.read(config), paths, drift,
                other, registry, SCHEMES, repo, List.of(), List.of(), f -> now));
    }

    /** Every step of every wave, in order, as "key@version" lists. */
    static List<List<String>> steps(Plan plan) {
        List<List<String>> out = new ArrayList<>();
        for (Wave w : plan.waves()) {
            for (Step s : w.steps()) {
                out.add(s.upgrades().stream().map(u -> u.key() + "@" + u.to()).toList());
            }
        }
        return out;
    }

    static Wave wave(Plan plan, WaveKind kind) {
        return plan.waves().stream().filter(w -> w.kind() == kind).findFirst().orElseThrow(() ->
                new AssertionError("no " + kind + " wave in " + steps(plan)));
    }
}
