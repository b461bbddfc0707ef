package dev.upkeep.cli;

import dev.upkeep.assess.Drift;
import dev.upkeep.assess.DriftEngine;
import dev.upkeep.assess.DriftFindings;
import dev.upkeep.assess.Groups;
import dev.upkeep.assess.IgnoreFilter;
import dev.upkeep.assess.Policy;
import dev.upkeep.assess.PolicySection;
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
import dev.upkeep.domain.FindingClass;
import dev.upkeep.domain.Inventory;
import dev.upkeep.domain.Problem;
import dev.upkeep.domain.UpkeepException;
import dev.upkeep.hygiene.LintEngine;
import dev.upkeep.hygiene.LintResult;
import dev.upkeep.hygiene.registry.RuleRegistry;
import dev.upkeep.inventory.Scanner;
import dev.upkeep.inventory.registry.ExtractorRegistry;
import dev.upkeep.knowledge.AdvisorySource;
import dev.upkeep.knowledge.KnowledgeBase;
import dev.upkeep.knowledge.Release;
import dev.upkeep.knowledge.endoflife.EndOfLifeSource;
import dev.upkeep.knowledge.osv.OsvOfflineSource;
import dev.upkeep.knowledge.osv.OsvStore;
import dev.upkeep.plan.Plan;
import dev.upkeep.plan.PlanRequest;
import dev.upkeep.plan.Planner;
import dev.upkeep.plan.RepoFactsReader;
import dev.upkeep.probe.CheckResult;
import dev.upkeep.probe.Probe;
import dev.upkeep.probe.ProbeRunner;
import dev.upkeep.probe.Secrets;
import dev.upkeep.probe.Targets;
import dev.upkeep.probe.registry.ProbeRegistry;
import dev.upkeep.report.PlanHtml;
import dev.upkeep.report.PlanJson;
import dev.upkeep.report.PlanMarkdown;
import dev.upkeep.report.PlanSarif;
import dev.upkeep.report.PlanSummary;
import dev.upkeep.report.Style;
import dev.upkeep.versioning.VersionScheme;
import dev.upkeep.versioning.registry.VersionSchemes;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "plan", sortOptions = false, description = {
    "The monthly review: scan, drift and lint, classified by the policy (urgent, planned, defer) and turned into",
    "upgrade waves in a safe order, each placed in a maintenance window with its checks and its rollback.",
    "When upkeep.yml has targets:, the live probes of 'check' run too (--no-check skips them).",
    "Writes maintenance-plan.md (or --format json, html, sarif) and prints a summary.",
    "Exit codes: 0 done, 1 a finding at or above --fail-on, 2 usage error, 3 some files could not be read."})
final class PlanCommand implements Callable<Integer> {
    enum Format { markdown, json, html, sarif }

    enum FailOnClass { urgent, planned, none }

    static final int EXIT_FINDINGS = 1;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", description = "The stack's root folder (default: .).")
    Path path = Path.of(".");

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "markdown (default), json, html or sarif (SARIF 2.1.0).")
    Format format = Format.markdown;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write the plan (default: maintenance-plan.md, .json, .html or .sarif in the current folder; - for standard output).")
    String output;

    @Option(names = "--fail-on", paramLabel = "CLASS", description = "Exit 1 when a finding is of this class or more urgent: urgent, planned, none (default).")
    FailOnClass failOn = FailOnClass.none;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "Plan as of this day (00:00 in the policy's zone); the same inputs and day give the same bytes (default: now).")
    LocalDate today;

    @Option(names = "--endoflife-url", paramLabel = "URL", description = "endoflife.date API v1 base (default: ${DEFAULT-VALUE}).")
    URI endoflife = EndOfLifeSource.DEFAULT_BASE;

    @Option(names = "--no-check", description = "Do not probe the targets: of upkeep.yml (the live checks of 'upkeep check').")
    boolean noCheck;

    @Option(names = "--check-deadline", paramLabel = "SECONDS",
            description = "Stop waiting for live probes after this many seconds (default: ${DEFAULT-VALUE}).")
    long checkDeadlineSeconds = CheckCommand.DEFAULT_DEADLINE_SECONDS;

    @Mixin
    KnowledgeOptions knowledge;

    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(path)) {
            throw UpkeepException.usage("'" + path + "' is not a folder; give the root of the stack to plan");
        }
        Terminal terminal = Terminal.detect();
        UpkeepConfig config = ConfigLoader.load(path);
        Policy policy = PolicySection.read(config);
        Schedule schedule = CalendarSection.read(config, policy.zone());
        RiskRules risk = RiskRules.read(config);
        Groups groups = Groups.read(config);
        Instant now = today != null ? today.atStartOfDay(policy.zone()).toInstant() : clock.instant();
        LocalDate day = now.atZone(policy.zone()).toLocalDate();
        if (checkDeadlineSeconds <= 0) {
            throw UpkeepException.usage("--check-deadline must be a positive number of seconds, not " + checkDeadlineSeconds);
        }
        CompletableFuture<CheckResult> live = liveChecks(config);

        Inventory scanned = new Scanner(ExtractorRegistry.all(), Scanner.Options.defaults()).scan(path, Scanner.Listener.NONE);
        List<String> notes = Collections.synchronizedList(new ArrayList<>());
        CheckResult checked = joined(live);
        checked.results().forEach(r -> r.problems().forEach(p -> notes.add("live check of " + r.target() + ": " + p)));
        List<Component> components = new ArrayList<>(scanned.components());
        components.addAll(checked.components());
        Inventory inv = new Inventory(scanned.root(), components, scanned.files(), scanned.problems(), scanned.filesScanned());
        KnowledgeBase kb = knowledge.open(Clock.systemUTC());
        PlanKnowledge known = new PlanKnowledge(KnowledgeWiring.releaseSources(kb, path, notes::add));
        Map<String, VersionScheme> schemeCache = new ConcurrentHashMap<>();
        Function<String, VersionScheme> schemes = id -> schemeCache.computeIfAbsent(id, VersionSchemes::byId);
        List<Drift> drifts = drift(inv, kb, known, day, notes, schemes, terminal);
        UpgradePaths upgradePaths = new UpgradePaths(known, known::advisoriesOf, schemes);
        List<UpgradePath> paths = drifts.stream().map(upgradePaths::of).toList();
        known.prefetch(dependencies(paths, known), 16);

        Map<String, Finding> driftFindings = new LinkedHashMap<>();
        paths.forEach(p -> DriftFindings.of(p, policy.endOfLifeSoonDays()).forEach(f -> driftFindings.putIfAbsent(f.id(), f)));
        List<Finding> repoAndLive = new ArrayList<>(driftFindings.values());
        checked.findings().stream().filter(f -> !driftFindings.containsKey(f.id())).forEach(repoAndLive::add);
        IgnoreFilter.Outcome kept = IgnoreFilter.apply(repoAndLive, config.ignores(), day, ConfigLoader.FILE_NAME);
        LintResult lint = new LintEngine(RuleRegistry.all(), Clock.fixed(now, policy.zone())).run(path, config);
        List<Finding> drift = kept.kept().stream().filter(f -> f.ruleId().startsWith("drift/")).toList();
        Map<String, Finding> other = new LinkedHashMap<>();
        lint.findings().forEach(f -> other.putIfAbsent(f.id(), f));
        kept.kept().stream().filter(f -> !f.ruleId().startsWith("drift/")).forEach(f -> other.putIfAbsent(f.id(), f));

        List<Problem> problems = new ArrayList<>(inv.problems());
        problems.addAll(lint.problems());
        Collections.sort(problems);
        Plan plan = Planner.plan(new PlanRequest(path.toString(), now, policy, schedule, risk, groups, paths, drift,
                new ArrayList<>(other.values()), known, schemes, RepoFactsReader.read(path, inv), new TreeSet<>(notes).stream().toList(),
                problems, f -> now));

        String version = Versions.tool();
        String text = switch (format) {
            case markdown -> PlanMarkdown.render(plan, version, config.file().isPresent() ? ConfigLoader.FILE_NAME
                    : "the runbook's defaults (no upkeep.yml)");
            case json -> PlanJson.render(plan, version);
            case html -> PlanHtml.render(plan, version);
            case sarif -> PlanSarif.render(plan, lint.rules(), version, PlanSarif.DEFAULT_DOCS_BASE);
        };
        PrintWriter out = spec.commandLine().getOut();
        if ("-".equals(output)) {
            out.print(text);
        } else {
            Path file = Path.of(output != null ? output : "maintenance-plan." + extension());
            OutputOption.writeAtomically(file, text);
            out.print(PlanSummary.render(plan, terminal.style() == Style.ANSI ? Style.ANSI : Style.PLAIN));
            out.println("Plan written to " + file + ".");
        }
        out.flush();
        if (failOn != FailOnClass.none) {
            FindingClass limit = failOn == FailOnClass.urgent ? FindingClass.URGENT : FindingClass.PLANNED;
            if (plan.findings().stream().anyMatch(f -> f.findingClass().compareTo(limit) <= 0)) {
                return EXIT_FINDINGS;
            }
        }
        return problems.isEmpty() ? 0 : Main.EXIT_PARTIAL;
    }

    /**
     * The probes of upkeep.yml's {@code targets:}, started at once so they run while the stack is
     * scanned; none (an empty result) without targets or with {@code --no-check}. Their findings
     * join the plan; the servers they found (PostgreSQL, Redis) join the inventory, so drift and
     * end of life apply to them.
     */
    private CompletableFuture<CheckResult> liveChecks(UpkeepConfig config) {
        Duration deadline = Duration.ofSeconds(checkDeadlineSeconds);
        List<Probe> probes = noCheck ? List.of() : Targets.probes(config, path, ProbeRegistry.all(), Set.of());
        if (probes.isEmpty()) {
            return CompletableFuture.completedFuture(new CheckResult(List.of(), Duration.ZERO, deadline));
        }
        ProbeRunner runner = new ProbeRunner(Clock.systemUTC(), new Secrets(System.getenv(), path));
        return CompletableFuture.supplyAsync(() -> runner.run(probes, deadline));
    }

    /** The probes' result; a failure of the run itself surfaces as it was thrown, not wrapped. */
    private static CheckResult joined(CompletableFuture<CheckResult> live) {
        try {
            return live.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    private String extension() {
        return switch (format) {
            case markdown -> "md";
            case json -> "json";
            case html -> "html";
            case sarif -> "sarif";
        };
    }

    private List<Drift> drift(Inventory inv, KnowledgeBase kb, PlanKnowledge known, LocalDate day, List<String> notes,
            Function<String, VersionScheme> schemes, Terminal terminal) {
        List<AdvisorySource> advisories = new ArrayList<>();
        OsvStore store = new OsvStore(kb.snapshots().dir("osv"));
        if (store.exists()) {
            advisories.add(new OsvOfflineSource(store));
        } else {
            notes.add("advisories: no OSV data imported ('upkeep db import <all.zip>' or 'upkeep db update'), so advisories are unknown");
        }
        EndOfLifeSource lifecycle = new EndOfLifeSource(kb.http(), endoflife, kb.snapshots().dir("endoflife"), notes::add);
        Terminal.Progress progress = terminal.progress(spec.commandLine().getErr(), "asking registries");
        List<String> engineNotes = Collections.synchronizedList(new ArrayList<>());
        DriftEngine engine = new DriftEngine(new DriftEngine.Sources(known.recordingReleases(), lifecycle,
                known.recordingAdvisories(advisories)), schemes, day, engineNotes::add, 16);
        try {
            List<Drift> drifts = engine.assess(inv.components(), progress == null ? DriftEngine.Listener.NONE : new DriftEngine.Listener() {
                public void packages(int total) {
                    progress.total(total);
                }

                public void answered(String name) {
                    progress.step();
                }
            });
            notes.addAll(sourceFailures(drifts, engineNotes));
            return drifts;
        } finally {
            if (progress != null) {
                progress.done();
            }
        }
    }

    /**
     * The engine names the first failure of each release source, and which one comes first depends
     * on thread timing; the plan says instead how many packages each source could not answer for,
     * with the first failure in sorted order, so the same inputs give the same plan.
     */
    static List<String> sourceFailures(List<Drift> drifts, List<String> engineNotes) {
        Map<String, TreeSet<String>> failures = new java.util.TreeMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Drift d : drifts) {
            for (String n : d.notes()) {
                int at = n.indexOf(" unavailable: ");
                if (at > 0) {
                    failures.computeIfAbsent(n.substring(0, at), k -> new TreeSet<>()).add(n.substring(at + " unavailable: ".length()));
                    counts.merge(n.substring(0, at), 1, Integer::sum);
                }
            }
        }
        Set<String> raw = new TreeSet<>();
        failures.forEach((id, rests) -> rests.forEach(r -> raw.add(id + ": " + r)));
        List<String> out = new ArrayList<>();
        synchronized (engineNotes) {
            engineNotes.stream().filter(n -> !raw.contains(n)).forEach(out::add);
        }
        failures.forEach((id, rests) -> out.add(id + ": " + counts.get(id) + (counts.get(id) == 1 ? " package" : " packages")
                + " could not be looked up, so their newer versions are unknown (first: " + rests.first() + ")"));
        return out;
    }

    /** The npm packages the targets depend on: the planner reads their peer dependencies. */
    private static Set<String> dependencies(List<UpgradePath> paths, PlanKnowledge known) {
        Set<String> out = new TreeSet<>();
        for (UpgradePath p : paths) {
            if (p.drift().component().ecosystem() != Ecosystem.NPM) {
                continue;
            }
            for (String target : new String[] {p.security(), p.inMajor(), p.major()}) {
                if (target == null) {
                    continue;
                }
                known.releases(Ecosystem.NPM, p.drift().component().name()).stream().filter(r -> r.version().equals(target))
                        .map(Release::dependencies).forEach(d -> out.addAll(d.keySet()));
            }
        }
        return out;
    }
}
