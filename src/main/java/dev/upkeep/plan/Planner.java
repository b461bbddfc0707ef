package dev.upkeep.plan;

import dev.upkeep.assess.Classification;
import dev.upkeep.assess.Classifier;
import dev.upkeep.assess.DriftFindings;
import dev.upkeep.assess.LifecycleStatus;
import dev.upkeep.assess.UpgradePath;
import dev.upkeep.assess.UpgradePaths;
import dev.upkeep.calendar.WindowKind;
import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Relation;
import dev.upkeep.versioning.InvalidVersionException;
import dev.upkeep.versioning.VersionScheme;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Makes the plan: classifies every finding with the policy, turns the drift into upgrades, puts
 * them in waves (urgent work out of band; the rest by occurrence and risk), orders them with the
 * {@link Resolver}, places the waves in windows and writes each one's checklists. A pure function
 * of its {@link PlanRequest}.
 */
public final class Planner {
    private Planner() {}

    public static Plan plan(PlanRequest req) {
        Classifier classifier = new Classifier(req.policy(), req.schedule(), req.now());
        Map<String, Signal> signals = new HashMap<>();
        List<Finding> all = new ArrayList<>();
        for (List<Finding> list : List.of(req.driftFindings(), req.otherFindings())) {
            for (Finding f : list) {
                Classification c = classifier.classify(f, req.detected().apply(f));
                Finding done = f.classified(c.findingClass(), c.due(), c.cadence());
                all.add(done);
                signals.put(link(f), new Signal(done, c));
            }
        }
        List<Items.Input> inputs = new ArrayList<>();
        for (UpgradePath p : req.paths()) {
            List<Signal> mine = DriftFindings.of(p, req.policy().endOfLifeSoonDays()).stream().map(f -> signals.get(link(f)))
                    .filter(Objects::nonNull).toList();
            if (!mine.isEmpty()) {
                inputs.add(new Items.Input(p, mine));
            }
        }
        List<Upgrade> items = new Items(req.risk(), req.groups(), req.schemes()).build(inputs);
        Map<String, String> state = new HashMap<>();
        Map<String, Component> components = new HashMap<>();
        stateOf(req, state, components);
        List<Draft> drafts = drafts(items);
        Requirements requirements = new ReleaseRequirements(req.releases(), req.schemes());
        Versions versions = new Versions(req.releases(), req.schemes());
        Resolver resolver = new Resolver(requirements, versions, req.groups(), new StackState(requirements, state, components));
        resolver.resolve(drafts);
        List<Wave> waves = waves(req, drafts, state.keySet().stream().anyMatch(k -> Keys.DATABASES.contains(Keys.display(k))));
        TreeSet<String> unknowns = new TreeSet<>(req.unknowns());
        unknowns.addAll(versions.unknown);
        unknownRequirements(req, waves).ifPresent(unknowns::add);
        all.sort(FINDING_ORDER);
        ZonedDateTime at = req.now().atZone(req.policy().zone());
        return new Plan(req.stack(), at.toLocalDate(), at, req.policy(), req.schedule(), all, waves, resolver.blocked,
                new ArrayList<>(unknowns), req.problems());
    }

    /**
     * What links a drift finding to the paths it came from: its id. A runtime named by an image
     * and by a version on the same line gives one finding, which both paths share.
     */
    private static String link(Finding f) {
        return f.id();
    }

    /** The stack's versions by key: npm packages it declares, every pinned Python package, runtimes at their effective version. */
    private static void stateOf(PlanRequest req, Map<String, String> state, Map<String, Component> components) {
        for (UpgradePath p : req.paths()) {
            Component c = p.drift().component();
            if (c.version() == null || c.ecosystem() == Ecosystem.NPM && c.relation() == Relation.TRANSITIVE) {
                continue;
            }
            LifecycleStatus life = p.drift().lifecycle();
            String key = Keys.of(c, life);
            String v = UpgradePaths.versionOf(c);
            if (Keys.isRuntime(key) && life != null && life.latestInCycle() != null
                    && v.split("\\.").length <= life.cycle().split("\\.").length) {
                v = life.latestInCycle();
            }
            String had = state.get(key);
            if (had == null || lower(req, key, v, had)) {
                state.put(key, v);
            }
            if (!components.containsKey(key) || c.relation() == Relation.DIRECT) {
                components.put(key, c);
            }
        }
    }

    private static boolean lower(PlanRequest req, String key, String a, String b) {
        String id = switch (Keys.namespace(key)) {
            case "npm" -> "npm";
            case "pypi" -> "pep440";
            default -> "loose";
        };
        VersionScheme s = req.schemes().apply(id);
        try {
            return s.parse(a).compareTo(s.parse(b)) < 0;
        } catch (InvalidVersionException e) {
            return false;
        }
    }

    static WaveKind bucket(Upgrade u) {
        if (u.urgent()) {
            return u.breaking() ? WaveKind.URGENT : WaveKind.SECURITY;
        }
        if (u.breaking()) {
            return WaveKind.HIGH;
        }
        return switch (u.risk()) {
            case LOW -> WaveKind.LOW;
            case MEDIUM -> WaveKind.MEDIUM;
            case HIGH -> WaveKind.HIGH;
        };
    }

    /**
     * Drafts in time order: out of band first, then by occurrence and risk. A group's planned and
     * deferred upgrades share the riskiest bucket of their occurrence, so they move together;
     * urgent ones keep theirs (a security patch does not wait for a breaking window).
     */
    private static List<Draft> drafts(List<Upgrade> items) {
        Map<String, WaveKind> groupBucket = new HashMap<>();
        for (Upgrade u : items) {
            if (u.group() != null && !u.urgent()) {
                groupBucket.merge(u.group() + "|" + occ(u), bucket(u), (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
        }
        Map<String, Draft> drafts = new LinkedHashMap<>();
        for (Upgrade u : items) {
            WaveKind k = u.group() != null && !u.urgent() ? groupBucket.get(u.group() + "|" + occ(u)) : bucket(u);
            drafts.computeIfAbsent(k.id() + "|" + occ(u), x -> new Draft(k, k.outOfBand() ? null : u.occurrence())).items.add(u);
        }
        List<Draft> out = new ArrayList<>(drafts.values());
        out.sort(Comparator.comparing((Draft d) -> !d.kind.outOfBand())
                .thenComparing(d -> d.occurrence == null ? LocalDate.MIN : d.occurrence.start())
                .thenComparing(d -> d.kind));
        return out;
    }

    private static String occ(Upgrade u) {
        return u.urgent() || u.occurrence() == null ? "oob" : u.occurrence().label();
    }

    private static List<Wave> waves(PlanRequest req, List<Draft> drafts, boolean database) {
        Placer placer = new Placer(req.schedule(), req.now());
        Checklists lists = new Checklists(req.repo(), req.policy().rollback(), database);
        Instant cursor = req.now();
        LocalDate today = req.now().atZone(req.policy().zone()).toLocalDate();
        List<Wave> out = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.steps.isEmpty()) {
                continue;
            }
            List<Upgrade> ups = d.steps.stream().flatMap(List::stream).toList();
            boolean breaking = ups.stream().anyMatch(Upgrade::breaking);
            WindowKind kind = breaking ? WindowKind.BREAKING : WindowKind.NON_BREAKING;
            ZonedDateTime dueAt = ups.stream().map(Upgrade::dueAt).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
            LocalDate due = ups.stream().filter(u -> u.findingClass() != dev.upkeep.domain.FindingClass.DEFER).map(Upgrade::due)
                    .min(Comparator.naturalOrder()).orElse(d.occurrence != null ? d.occurrence.end()
                            : ups.stream().map(Upgrade::due).min(Comparator.naturalOrder()).orElseThrow());
            Placer.Placed placed = placer.place(d, ups, kind, cursor, dueAt);
            cursor = placed.end();
            int number = out.size() + 1;
            boolean migrations = ups.stream().anyMatch(Upgrade::migration);
            String branch = "maintenance/" + (d.occurrence == null ? today + "-" + d.kind.id() : d.occurrence.period());
            Checklists.Lists l = lists.build(d, number, ups, migrations, breaking, branch);
            List<Step> steps = new ArrayList<>();
            for (List<Upgrade> s : d.steps) {
                steps.add(new Step(steps.size() + 1, s));
            }
            List<String> notes = new ArrayList<>(d.notes);
            notes.addAll(placed.notes());
            out.add(new Wave(number, d.kind, d.occurrence, kind, placed.slot(), dueAt, due, migrations, steps, l.preconditions(),
                    l.verification(), l.rollbackCriteria(), l.rollbackSteps(), notes));
        }
        return out;
    }

    /** One line naming the upgrades whose requirements are unknown (no release data), so their order is unchecked. */
    private static java.util.Optional<String> unknownRequirements(PlanRequest req, List<Wave> waves) {
        TreeSet<String> names = new TreeSet<>();
        for (Wave w : waves) {
            for (Upgrade u : w.upgrades()) {
                if ((u.ecosystem() == Ecosystem.NPM || u.ecosystem() == Ecosystem.PYPI)
                        && req.releases().releases(u.ecosystem(), Keys.display(u.key())).stream().noneMatch(r -> r.version().equals(u.to()))) {
                    names.add(Keys.display(u.key()) + " " + u.to());
                }
            }
        }
        return names.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of("what " + String.join(", ", names)
                + " require" + (names.size() == 1 ? "s" : "") + " is unknown (no release data), so their order is not checked against"
                + " peer dependencies, engines or pins");
    }

    /** Urgent first, then by due date, rule, subject and place. */
    public static final Comparator<Finding> FINDING_ORDER = Comparator.comparing(Finding::findingClass)
            .thenComparing(Finding::due)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::subject)
            .thenComparing(Finding::location, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Finding::message);
}
