package dev.upkeep.plan;

import dev.upkeep.assess.AdvisoryMatcher;
import dev.upkeep.assess.Drift;
import dev.upkeep.assess.DriftFindings;
import dev.upkeep.assess.Groups;
import dev.upkeep.assess.IgnoreFilter;
import dev.upkeep.assess.LifecycleStatus;
import dev.upkeep.assess.Policy;
import dev.upkeep.assess.ReleaseLookup;
import dev.upkeep.assess.RiskRules;
import dev.upkeep.assess.UpgradePath;
import dev.upkeep.assess.UpgradePaths;
import dev.upkeep.calendar.CalendarSection;
import dev.upkeep.calendar.Schedule;
import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Kind;
import dev.upkeep.domain.Relation;
import dev.upkeep.domain.Severity;
import dev.upkeep.knowledge.Advisory;
import dev.upkeep.knowledge.Release;
import dev.upkeep.versioning.UpdateType;
import dev.upkeep.versioning.VersionScheme;
import dev.upkeep.versioning.registry.VersionSchemes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The planner on a synthetic stack of {@code components} packages with everything already known
 * (the I/O is done): 80% npm packages (one in ten with a peer dependency on one of 20 hosts, all
 * v2 releases needing Node 18), 18% pinned PyPI packages (a chain of requires-dist pins), an
 * advisory on one npm package in fifty, two runtimes. {@code plan} is {@link Planner#plan} alone;
 * {@code assessAndPlan} adds the upgrade paths, drift findings and ignores that come before it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PlannerBenchmark {
    @Param({"5000"})
    int components;

    private final Map<String, VersionScheme> cache = new ConcurrentHashMap<>();
    private final Function<String, VersionScheme> schemes = id -> cache.computeIfAbsent(id, VersionSchemes::byId);
    private final Instant now = LocalDate.parse("2026-11-21").atStartOfDay(CalendarSection.DEFAULT_ZONE).toInstant();
    private final Map<String, List<Release>> releases = new HashMap<>();
    private final Map<String, List<Advisory>> advisories = new HashMap<>();
    private List<Drift> drifts;
    private List<UpgradePath> paths;
    private List<Finding> findings;
    private Schedule schedule;
    private ReleaseLookup lookup;

    @Setup
    public void setUp() {
        int npm = components * 8 / 10;
        int pypi = components - npm - 22;
        List<Component> list = new ArrayList<>();
        for (int h = 0; h < 20; h++) {
            releases.put("npm:host-" + h, npmSeries(Map.of(), Map.of()));
            list.add(npm("host-" + h, "1.2.0"));
        }
        for (int i = 0; i < npm - 20; i++) {
            Map<String, String> peers1 = i % 10 == 0 ? Map.of("host-" + (i % 20), "^1.0.0") : Map.of();
            Map<String, String> peers2 = i % 10 == 0 ? Map.of("host-" + (i % 20), "^1.0.0 || ^2.0.0") : Map.of();
            releases.put("npm:pkg-" + i, npmSeries(peers1, peers2));
            list.add(npm("pkg-" + i, "1.2.0"));
            if (i % 50 == 0) {
                advisories.put("npm:pkg-" + i, List.of(new Advisory("GHSA-" + i, List.of(), "x", Severity.HIGH, "label", null, null,
                        List.of(new Advisory.Affected("npm", "pkg-" + i, List.of(new Advisory.Range("SEMVER",
                                List.of(new Advisory.Event("introduced", "0"), new Advisory.Event("fixed", "1.3.0")))), List.of())),
                        null, null, List.of("bench"))));
            }
        }
        for (int i = 0; i < pypi; i++) {
            List<Release> rs = new ArrayList<>();
            for (String v : new String[] {"1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "2.0"}) {
                List<String> dist = i + 1 < pypi ? List.of("py-" + (i + 1) + ">=1.0") : List.of();
                rs.add(new Release(v, null, false, null, Map.of(), Map.of(), ">=3.9", dist));
            }
            releases.put("pypi:py-" + i, rs);
            list.add(Component.builder(Ecosystem.PYPI, Kind.PACKAGE, "py-" + i).version("1.2").relation(Relation.TRANSITIVE)
                    .purl("pkg:pypi/py-" + i + "@1.2").location("api/requirements.txt", i + 1).build());
        }
        lookup = (e, n) -> releases.getOrDefault(e.id() + ":" + n, List.of());
        AdvisoryMatcher matcher = new AdvisoryMatcher(schemes);
        drifts = new ArrayList<>();
        for (Component c : list) {
            List<Release> rs = lookup.releases(c.ecosystem(), c.name());
            String latest = rs.get(rs.size() - 1).version();
            VersionScheme s = schemes.apply(AdvisoryMatcher.schemeId(c.ecosystem()));
            UpdateType t = s.updateType(s.parse(c.version()), s.parse(latest));
            drifts.add(new Drift(c, latest, null, t, null, null, null, null,
                    matcher.match(c, advisories.getOrDefault(c.ecosystem().id() + ":" + c.name(), List.of())), List.of()));
        }
        drifts.add(new Drift(runtime("node", "20.10.0"), "24.11.1", null, UpdateType.MAJOR, null, null, null,
                new LifecycleStatus("nodejs", "20", LocalDate.parse("2027-04-30"), false, 160L, true, false, "20.19.5", "24"), List.of(),
                List.of()));
        drifts.add(new Drift(runtime("python", "3.11"), "3.14.7", null, UpdateType.MINOR, null, null, null,
                new LifecycleStatus("python", "3.11", LocalDate.parse("2027-10-31"), false, 344L, false, true, "3.11.16", "3.14"), List.of(),
                List.of()));
        schedule = new Schedule(CalendarSection.DEFAULT_WINDOWS, CalendarSection.DEFAULT_FREEZES, CalendarSection.DEFAULT_ZONE);
        paths = paths();
        findings = findings(paths);
    }

    private static List<Release> npmSeries(Map<String, String> peers1, Map<String, String> peers2) {
        List<Release> rs = new ArrayList<>();
        for (int m = 0; m < 10; m++) {
            rs.add(new Release("1." + m + ".0", null, false, null, Map.of("node", ">=16"), peers1, null, List.of()));
        }
        for (int m = 0; m < 4; m++) {
            rs.add(new Release("2." + m + ".0", null, false, null, Map.of("node", ">=18"), peers2, null, List.of()));
        }
        return rs;
    }

    private static Component npm(String name, String version) {
        return Component.builder(Ecosystem.NPM, Kind.PACKAGE, name).version(version).purl("pkg:npm/" + name + "@" + version)
                .location("web/package.json", 1).build();
    }

    private static Component runtime(String name, String version) {
        return Component.builder(Ecosystem.RUNTIME, Kind.RUNTIME, name).version(version).purl("pkg:generic/" + name + "@" + version)
                .location("." + name + "-version", 1).build();
    }

    private List<UpgradePath> paths() {
        UpgradePaths up = new UpgradePaths(lookup, c -> advisories.getOrDefault(c.ecosystem().id() + ":" + c.name(), List.of()), schemes);
        return drifts.stream().map(up::of).toList();
    }

    private List<Finding> findings(List<UpgradePath> ps) {
        Map<String, Finding> out = new LinkedHashMap<>();
        ps.forEach(p -> DriftFindings.of(p, 90).forEach(f -> out.putIfAbsent(f.id(), f)));
        return IgnoreFilter.apply(new ArrayList<>(out.values()), List.of(), LocalDate.parse("2026-11-21"), "upkeep.yml").kept();
    }

    private Plan plan(List<UpgradePath> ps, List<Finding> fs) {
        return Planner.plan(new PlanRequest("bench", now, Policy.DEFAULTS, schedule, RiskRules.DEFAULTS, new Groups(Groups.DEFAULTS), ps, fs,
                List.of(), lookup, schemes, RepoFacts.NONE, List.of(), List.of(), f -> now));
    }

    @Benchmark
    public Plan plan() {
        return plan(paths, findings);
    }

    @Benchmark
    public Plan assessAndPlan() {
        List<UpgradePath> ps = paths();
        return plan(ps, findings(ps));
    }
}
