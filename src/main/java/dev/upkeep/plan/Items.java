package dev.upkeep.plan;

import dev.upkeep.assess.Classifier;
import dev.upkeep.assess.DriftFindings;
import dev.upkeep.assess.Group;
import dev.upkeep.assess.Groups;
import dev.upkeep.assess.LifecycleStatus;
import dev.upkeep.assess.Risk;
import dev.upkeep.assess.RiskRules;
import dev.upkeep.assess.UpgradePath;
import dev.upkeep.assess.UpgradePaths;
import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.FindingClass;
import dev.upkeep.domain.Location;
import dev.upkeep.versioning.InvalidVersionException;
import dev.upkeep.versioning.UpdateType;
import dev.upkeep.versioning.VersionScheme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Turns each component's upgrade path and its classified findings into upgrades: the security
 * fix, the move to a new release cycle (past or near its end of life), the newest release of the
 * current major, the new major. A finding the stack ignores makes no upgrade. Upgrades of one key
 * and one kind of move (a runtime written in several files) become one.
 */
final class Items {
    /** One component's path and the findings kept for it. */
    record Input(UpgradePath path, List<Signal> signals) {}

    private final RiskRules risk;
    private final Groups groups;
    private final Function<String, VersionScheme> schemes;
    /** Risk, migration and group by a component's names: globs are matched once per name set, not once per upgrade. */
    private final Map<Set<String>, Traits> traits = new java.util.HashMap<>();

    private record Traits(Risk risk, boolean migrates, String group) {}

    private Traits traits(Set<String> names) {
        return traits.computeIfAbsent(names, n -> new Traits(risk.of(n), risk.migrates(n), n.stream().map(groups::of)
                .filter(java.util.Optional::isPresent).map(o -> o.get().name()).findFirst().orElse(null)));
    }

    Items(RiskRules risk, Groups groups, Function<String, VersionScheme> schemes) {
        this.risk = risk;
        this.groups = groups;
        this.schemes = schemes;
    }

    List<Upgrade> build(List<Input> inputs) {
        Map<String, Upgrade> merged = new LinkedHashMap<>();
        for (Input in : inputs) {
            for (Move m : moves(in)) {
                Upgrade u = upgrade(in.path(), m);
                merged.merge(u.key() + "|" + m.kind, u, this::merge);
            }
        }
        return new ArrayList<>(merged.values());
    }

    private record Move(String kind, String to, UpdateType step, List<Signal> signals, List<String> reasons, String floor) {}

    private List<Move> moves(Input in) {
        UpgradePath p = in.path();
        List<Signal> adv = only(in.signals(), DriftFindings.ADVISORY);
        List<Signal> eol = only(in.signals(), DriftFindings.END_OF_LIFE);
        List<Signal> soon = only(in.signals(), DriftFindings.END_OF_LIFE_SOON);
        List<Signal> major = only(in.signals(), DriftFindings.MAJOR);
        List<Signal> minor = new ArrayList<>(only(in.signals(), DriftFindings.MINOR));
        minor.addAll(only(in.signals(), DriftFindings.PATCH));
        List<Move> out = new ArrayList<>();
        String current = UpgradePaths.versionOf(p.drift().component());
        if (p.security() != null && !adv.isEmpty()) {
            List<String> why = adv.stream().map(s -> s.finding().subject() + " (" + s.finding().severity().id() + ")").distinct().toList();
            out.add(new Move("security", p.security(), step(p, current, p.security()), adv, why, p.security()));
        }
        boolean cycle = false;
        if (p.major() != null && !eol.isEmpty()) {
            out.add(new Move("cycle", p.major(), UpdateType.MAJOR, eol, List.of("end of life " + eol.get(0).finding().evidence().get("eol")
                    + " (" + eol.get(0).finding().subject() + ")"), null));
            cycle = true;
        } else if (p.major() != null && !soon.isEmpty()) {
            out.add(new Move("cycle", p.major(), UpdateType.MAJOR, soon, List.of("end of life on "
                    + soon.get(0).finding().evidence().get("eol") + " (" + soon.get(0).finding().subject() + ")"), null));
            cycle = true;
        }
        if (p.inMajor() != null && !minor.isEmpty()) {
            UpdateType t = p.inMajorType() == null ? UpdateType.MINOR : p.inMajorType();
            out.add(new Move("in-major", p.inMajor(), t, minor, List.of(t.id() + " update"), null));
        }
        if (p.major() != null && !major.isEmpty() && !cycle) {
            out.add(new Move("major", p.major(), UpdateType.MAJOR, major, List.of("major update"), null));
        }
        return out;
    }

    private UpdateType step(UpgradePath p, String from, String to) {
        VersionScheme s = Keys.isRuntime(key(p)) ? schemes.apply("loose") : schemes.apply(schemeId(p.drift().component().ecosystem()));
        try {
            return s.updateType(s.parse(from), s.parse(to));
        } catch (InvalidVersionException | NullPointerException e) {
            return UpdateType.MINOR;
        }
    }

    private Upgrade upgrade(UpgradePath p, Move m) {
        Component c = p.drift().component();
        String key = key(p);
        Set<String> names = Keys.names(c, key);
        Signal driver = m.signals.stream().min(URGENCY).orElseThrow();
        Set<String> categories = new TreeSet<>();
        m.signals.forEach(s -> categories.addAll(Classifier.categories(s.finding())));
        categories.add(m.step == UpdateType.MAJOR ? "major" : m.step == UpdateType.MINOR ? "minor" : "patch");
        if (driver.finding().findingClass() == FindingClass.URGENT) {
            categories.add("security");
        }
        boolean database = Keys.DATABASES.contains(Keys.display(key));
        Traits t = traits(names);
        boolean migration = t.migrates() || database && m.step == UpdateType.MAJOR;
        Risk r = m.step == UpdateType.MAJOR || migration ? Risk.HIGH : t.risk();
        String group = t.group();
        List<Change> changes = new ArrayList<>();
        boolean manifest = c.locations().stream().anyMatch(l -> !DriftFindings.isLockfile(l.file()));
        for (Location at : c.locations()) {
            if (!manifest || !DriftFindings.isLockfile(at.file())) {
                changes.add(new Change(at, written(c), rewrite(c, m.to)));
            }
        }
        String name = Keys.isRuntime(key) || key.startsWith("docker:") ? Keys.display(key) : c.name();
        return new Upgrade(key, c.ecosystem(), c.kind(), name, String.valueOf(UpgradePaths.versionOf(c)), m.to, m.floor, m.step,
                driver.finding().findingClass(), driver.classification().dueAt(), driver.classification().due(),
                driver.classification().cadence(), driver.classification().workOccurrence(), r, migration, categories, m.reasons,
                m.signals.stream().map(s -> s.finding().id()).distinct().toList(), changes, group, null);
    }

    private Upgrade merge(Upgrade a, Upgrade b) {
        Upgrade first = URGENT_FIRST.compare(a, b) <= 0 ? a : b;
        Set<String> from = new TreeSet<>(List.of(a.from().split(", ")));
        from.addAll(List.of(b.from().split(", ")));
        VersionScheme loose = schemes.apply("loose");
        String to = higher(loose, a.to(), b.to());
        List<String> reasons = new ArrayList<>(new LinkedHashSet<>(concat(a.reasons(), b.reasons())));
        List<String> findings = new ArrayList<>(new LinkedHashSet<>(concat(a.findings(), b.findings())));
        List<Change> changes = imagesFirst(concat(a.changes(), b.changes()));
        Set<String> categories = new TreeSet<>(a.categories());
        categories.addAll(b.categories());
        return new Upgrade(first.key(), first.ecosystem(), first.kind(), first.name(), String.join(", ", from), to,
                a.floor() == null ? b.floor() : a.floor(), a.step().compareTo(b.step()) <= 0 ? a.step() : b.step(),
                first.findingClass(), first.dueAt(), first.due(), first.cadence(), first.occurrence(), a.risk().max(b.risk()),
                a.migration() || b.migration(), categories, reasons, findings, changes, first.group() != null ? first.group() : b.group(),
                null);
    }

    /**
     * The edits, one per place: where an image tag and a runtime version are read from the same
     * line ({@code FROM node:18-alpine}), the tag is the edit.
     */
    private static List<Change> imagesFirst(List<Change> all) {
        Map<dev.upkeep.domain.Location, Change> byPlace = new java.util.TreeMap<>();
        for (Change c : all) {
            Change had = byPlace.get(c.at());
            if (had == null || !had.from().contains(":") && c.from().contains(":")) {
                byPlace.put(c.at(), c);
            }
        }
        return new ArrayList<>(byPlace.values());
    }

    private static String higher(VersionScheme s, String a, String b) {
        try {
            return s.parse(a).compareTo(s.parse(b)) >= 0 ? a : b;
        } catch (InvalidVersionException e) {
            return a.length() >= b.length() ? a : b;
        }
    }

    static String key(UpgradePath p) {
        LifecycleStatus life = p.drift().lifecycle();
        return Keys.of(p.drift().component(), life);
    }

    /** The version as the file writes it: the whole tag for an image. */
    private static String written(Component c) {
        if (c.ecosystem() == Ecosystem.DOCKER) {
            return Keys.shortName(c.name()) + ":" + c.version();
        }
        return c.name() + " " + c.version();
    }

    /**
     * The new text: an image keeps its variant and the precision it was written with
     * ({@code 18-alpine} → {@code 26-alpine}, {@code 13.16-alpine} → {@code 18.6-alpine}); a runtime
     * version file keeps its precision ({@code 18} → {@code 26}).
     */
    static String rewrite(Component c, String to) {
        String v = UpgradePaths.versionOf(c);
        String suffix = c.version() == null ? "" : c.version().substring(v.length());
        String precise = to;
        if (c.kind() != dev.upkeep.domain.Kind.PACKAGE && v != null && v.matches("[0-9]+(\\.[0-9]+)*") && to.matches("[0-9]+(\\.[0-9]+)*")) {
            String[] want = v.split("\\.");
            String[] have = to.split("\\.");
            precise = String.join(".", java.util.Arrays.copyOf(have, Math.min(want.length, have.length)));
        }
        if (c.ecosystem() == Ecosystem.DOCKER) {
            return Keys.shortName(c.name()) + ":" + precise + suffix;
        }
        return c.name() + " " + precise;
    }

    static String schemeId(Ecosystem e) {
        return dev.upkeep.assess.AdvisoryMatcher.schemeId(e);
    }

    private static List<Signal> only(List<Signal> signals, String rule) {
        return signals.stream().filter(s -> s.finding().ruleId().equals(rule)).toList();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Most urgent first: class, then the earliest due. */
    static final Comparator<Signal> URGENCY = Comparator.comparing((Signal s) -> s.finding().findingClass())
            .thenComparing(s -> s.classification().due());

    static final Comparator<Upgrade> URGENT_FIRST = Comparator.comparing(Upgrade::findingClass).thenComparing(Upgrade::due);

    /** The group named {@code name}, if any. */
    java.util.Optional<Group> group(String name) {
        return groups.all().stream().filter(g -> g.name().equals(name)).findFirst();
    }
}
