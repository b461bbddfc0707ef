package dev.upkeep.plan;

import dev.upkeep.assess.Group;
import dev.upkeep.assess.Groups;
import dev.upkeep.assess.ReleaseLookup;
import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Kind;
import dev.upkeep.knowledge.Release;
import dev.upkeep.versioning.InvalidVersionException;
import dev.upkeep.versioning.UpdateType;
import dev.upkeep.versioning.Version;
import dev.upkeep.versioning.VersionRange;
import dev.upkeep.versioning.VersionScheme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Orders upgrades so that what every release requires holds after every step, from the data
 * alone. Waves are taken in time order, holding the stack's versions as they will be. In a wave,
 * the first unit (an upgrade, or a group) that leaves every requirement met is applied next;
 * runtimes are tried first. When none can go:
 * <ul>
 *   <li>a requirement between two units of the wave merges them into one step;</li>
 *   <li>one on something that moves in a later wave pulls that upgrade in, if this unit is
 *       urgent, or else pushes this unit to that wave;</li>
 *   <li>one on something that does not move adds the upgrade that meets it (the newest release
 *       that does), scheduled like the unit;</li>
 *   <li>one inside a step lowers the required side to the newest release that meets it (never
 *       below a security fix), or moves the requiring side to a release that accepts it;</li>
 *   <li>otherwise the unit is blocked, and the requirement that blocks it is reported.</li>
 * </ul>
 * Requirements on things the stack does not declare itself (npm installs those) are not checked.
 */
final class Resolver {
    private final Requirements requirements;
    private final ReleaseLookup lookup;
    private final Function<String, VersionScheme> schemes;
    private final Groups groups;
    private final Map<String, String> state;
    private final Map<String, Component> components;
    private final Map<String, TreeSet<String>> declarersOn = new HashMap<>();
    private final Map<String, VersionRange> ranges = new HashMap<>();
    /** Ranges by requirement instance: requirements are memoized, so identity finds them without hashing seven fields. */
    private final Map<Requirement, VersionRange> rangeOf = new java.util.IdentityHashMap<>();
    private final Map<String, VersionScheme> schemeCache = new HashMap<>();
    final List<Blocked> blocked = new ArrayList<>();
    final Set<String> unknown = new TreeSet<>();

    /**
     * @param state the version of everything the stack declares, by key (runtimes at their
     *     effective version); changed as steps are applied
     * @param components a component per key, for the files a derived upgrade edits
     */
    Resolver(Requirements requirements, ReleaseLookup lookup, Function<String, VersionScheme> schemes, Groups groups,
            Map<String, String> state, Map<String, Component> components) {
        this.requirements = requirements;
        this.lookup = lookup;
        this.schemes = schemes;
        this.groups = groups;
        this.state = new HashMap<>(state);
        this.components = components;
        for (String key : new TreeSet<>(state.keySet())) {
            index(key, state.get(key), true);
        }
    }

    void resolve(List<Draft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            Set<Unit> pending = new LinkedHashSet<>(units(d));
            Ahead ahead = new Ahead();
            int guard = 50 + 20 * d.items.size();
            while (!pending.isEmpty()) {
                // One pass applies every unit that can go, in priority order; only when a pass
                // applies nothing is the first unit fixed. Passes keep the loop near-linear.
                boolean progress = false;
                for (Unit u : List.copyOf(pending)) {
                    if (!pending.contains(u)) {
                        continue;
                    }
                    if (dropDone(u, d)) {
                        pending.remove(u);
                        ahead.dirty = true;
                        continue;
                    }
                    if (!violations(u).isEmpty()) {
                        continue;
                    }
                    if (hold(u, pending, ahead)) {
                        ahead.dirty = true;
                        progress = true;
                        if (!violations(u).isEmpty()) {
                            continue;
                        }
                    }
                    apply(u, d);
                    pending.remove(u);
                    ahead.applied.add(u);
                    progress = true;
                }
                if (progress || pending.isEmpty()) {
                    continue;
                }
                ahead.dirty = true;
                Unit u = pending.iterator().next();
                List<Requirement> viol = violations(u);
                String why = --guard > 0 ? fix(u, viol, i, pending, drafts) : "no order found after many attempts";
                if (why != null) {
                    for (Upgrade item : u.items) {
                        blocked.add(new Blocked(item, viol.get(0).describe() + ": " + why));
                    }
                    pending.remove(u);
                }
            }
        }
    }

    /**
     * Drops the upgrades of {@code u} that an earlier step already went past (a major brought
     * forward makes the minor before it moot); true when nothing is left of it.
     */
    private boolean dropDone(Unit u, Draft d) {
        for (Upgrade item : List.copyOf(u.items)) {
            String cur = state.get(item.key());
            if (cur != null && compare(scheme(item.key()), item.to(), cur) <= 0) {
                d.notes.add(Keys.display(item.key()) + " is already at " + cur + " by then; its move to " + item.to() + " is dropped");
                u.items.remove(item);
            }
        }
        return u.items.isEmpty();
    }

    /** The units of a wave: each group's upgrades together (at one version if the group says so), the rest alone. */
    private List<Unit> units(Draft d) {
        List<Upgrade> sorted = new ArrayList<>(d.items);
        sorted.sort(PRIORITY);
        Map<String, Unit> byGroup = new HashMap<>();
        List<Unit> out = new ArrayList<>();
        for (Upgrade u : sorted) {
            if (u.group() != null && byGroup.containsKey(u.group())) {
                byGroup.get(u.group()).items.add(u);
            } else {
                Unit unit = new Unit(u);
                out.add(unit);
                if (u.group() != null) {
                    byGroup.put(u.group(), unit);
                }
            }
        }
        byGroup.forEach((name, unit) -> groups.all().stream().filter(g -> g.name().equals(name) && g.sameVersion()).findFirst()
                .ifPresent(g -> align(unit, g)));
        return out;
    }

    /** Moves every member of a same-version group to the newest version all of them have, at most the highest target. */
    private void align(Unit unit, Group g) {
        Upgrade driver = unit.driver();
        String ns = Keys.namespace(driver.key());
        VersionScheme s = scheme(driver.key());
        List<String> members = new ArrayList<>(unit.keys());
        for (String key : new TreeSet<>(state.keySet())) {
            if (Keys.namespace(key).equals(ns) && g.contains(Keys.display(key)) && !members.contains(key)) {
                members.add(key);
            }
        }
        String max = unit.items.stream().map(Upgrade::to).max((a, b) -> compare(s, a, b)).orElseThrow();
        String common = null;
        for (Version v : newestFirst(members.get(0))) {
            if (compare(s, v.text(), max) <= 0 && members.stream().allMatch(m -> has(m, v.text()))) {
                common = v.text();
                break;
            }
        }
        if (common == null) {
            common = max;
        }
        for (Upgrade u : List.copyOf(unit.items)) {
            if (!u.to().equals(common)) {
                unit.replace(u, u.withTo(common, "aligned with group " + g.name()));
            }
        }
        for (String m : members) {
            if (!unit.has(m) && state.containsKey(m) && compare(s, state.get(m), common) < 0) {
                unit.items.add(derived(m, common, driver, "moves with group " + g.name()));
            }
        }
    }

    private boolean has(String key, String version) {
        List<Version> all = newestFirst(key);
        return all.isEmpty() || all.stream().anyMatch(v -> v.text().equals(version));
    }

    /** What would not hold if {@code u} were applied now. */
    List<Requirement> violations(Unit u) {
        Set<Requirement> out = new LinkedHashSet<>();
        for (Upgrade item : u.items) {
            for (Requirement r : requirements.of(item.key(), item.to())) {
                String v = u.has(r.on()) ? u.target(r.on()) : state.get(r.on());
                if (v != null && !holds(r, v)) {
                    out.add(r);
                }
            }
        }
        for (String key : u.keys()) {
            for (String declarer : declarersOn.getOrDefault(key, new TreeSet<>())) {
                if (u.has(declarer)) {
                    continue;
                }
                for (Requirement r : requirements.of(declarer, state.get(declarer))) {
                    if (r.on().equals(key) && !holds(r, u.target(key))) {
                        out.add(r);
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** What the wave's pending units require, by the key required; rebuilt when units change. */
    private final class Ahead {
        boolean dirty = true;
        final Set<Unit> applied = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        private Map<String, List<Map.Entry<Unit, Requirement>>> byOn = new HashMap<>();

        List<Map.Entry<Unit, Requirement>> on(String key, Set<Unit> pending) {
            if (dirty) {
                byOn = new HashMap<>();
                for (Unit p : pending) {
                    for (Upgrade item : p.items) {
                        for (Requirement r : requirements.of(item.key(), item.to())) {
                            byOn.computeIfAbsent(r.on(), k -> new ArrayList<>()).add(Map.entry(p, r));
                        }
                    }
                }
                applied.clear();
                dirty = false;
            }
            return byOn.getOrDefault(key, List.of());
        }
    }

    /**
     * Looks ahead before {@code u} is applied: when another unit of the wave requires one of u's
     * packages in a range u's target misses (eslint-config-next 16 wants typescript below 6.1;
     * the typescript upgrade targets 7), u's target is held at the newest release that meets it,
     * so the wave's targets fit each other. Returns whether a target changed; when no release
     * meets it, u goes ahead and the other unit deals with it in its turn.
     */
    private boolean hold(Unit u, Set<Unit> pending, Ahead ahead) {
        for (String key : u.keys()) {
            for (Map.Entry<Unit, Requirement> e : ahead.on(key, pending)) {
                Requirement r = e.getValue();
                if (e.getKey() == u || ahead.applied.contains(e.getKey()) || holds(r, u.target(key))) {
                    continue;
                }
                Upgrade m = u.item(key);
                VersionScheme s = scheme(m.key());
                String cur = state.get(m.key());
                for (Version v : newestFirst(m.key())) {
                    if (cur != null && compare(s, v.text(), cur) <= 0 || m.floor() != null && compare(s, v.text(), m.floor()) < 0) {
                        break;
                    }
                    if (holds(r, v.text()) && requiredOf(u, m.key()).stream().allMatch(q -> holds(q, v.text()))
                            && u.tried.add(m.key() + "@" + v.text())) {
                        u.replace(m, m.withTo(v.text(), "held at " + v.text() + ": " + r.describe()));
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private void apply(Unit u, Draft d) {
        List<Upgrade> step = new ArrayList<>();
        for (Upgrade item : order(u)) {
            String cur = state.get(item.key());
            VersionScheme s = scheme(item.key());
            if (cur != null && compare(s, item.to(), cur) <= 0) {
                d.notes.add(Keys.display(item.key()) + " is already at " + cur + " by then; its move to " + item.to() + " is dropped");
                continue;
            }
            step.add(cur == null || Keys.isRuntime(item.key()) ? item : item.withFrom(cur).withStep(updateType(s, cur, item.to())));
        }
        for (Upgrade item : step) {
            String old = state.put(item.key(), item.to());
            if (old != null) {
                index(item.key(), old, false);
            }
            index(item.key(), item.to(), true);
        }
        if (!step.isEmpty()) {
            d.steps.add(step);
        }
    }

    /**
     * One attempt to make {@code u} applicable; null when something changed, else why nothing can.
     */
    private String fix(Unit u, List<Requirement> viol, int wave, Set<Unit> pending, List<Draft> drafts) {
        String why = null;
        for (Requirement r : viol) {
            boolean mineDeclares = u.has(r.declarer());
            if (mineDeclares && u.has(r.on())) {
                if (retarget(u, r)) {
                    return null;
                }
                why = "no releases of " + Keys.display(r.on()) + " and " + Keys.display(r.declarer()) + " meet it together";
                continue;
            }
            String other = mineDeclares ? r.on() : r.declarer();
            Unit same = pending.stream().filter(p -> p != u && p.has(other)).findFirst().orElse(null);
            if (same != null) {
                u.merge(same);
                pending.remove(same);
                return null;
            }
            for (int j = wave + 1; j < drafts.size(); j++) {
                Upgrade later = fitting(u, r, other, drafts, j);
                if (later == null) {
                    continue;
                }
                if (u.urgent()) {
                    String from = drafts.stream().filter(dr -> dr.items.contains(later)).map(Draft::label).findFirst().orElse("later");
                    drafts.forEach(dr -> dr.items.remove(later));
                    u.items.add(later.scheduledLike(u.driver(), "brought forward from the " + from + " wave: " + r.describe()));
                } else {
                    for (Upgrade item : u.items) {
                        drafts.get(j).items.add(item.withNote("waits for " + Keys.display(other) + " in the " + drafts.get(j).label()
                                + " wave: " + r.describe()));
                    }
                    pending.remove(u);
                }
                return null;
            }
            Upgrade added = mineDeclares ? meeting(u, r.on(), r) : accepting(u, r.declarer(), r);
            if (added != null) {
                u.items.add(added);
                return null;
            }
            if (!mineDeclares && holdDown(u, r)) {
                return null;
            }
            why = Keys.isRuntime(other) ? "no upgrade of " + Keys.display(other) + " that meets it is planned"
                    : newestFirst(other).isEmpty() ? "the releases of " + Keys.display(other) + " are unknown"
                    : "no release of " + Keys.display(other) + " meets it with the rest of this step";
        }
        return why == null ? "no order meets it" : why;
    }

    /**
     * The upgrade of {@code other} to bring forward (or wait for), from the first later wave that
     * has one: the one whose target fits the unit (meets {@code r}, or accepts the unit's
     * targets); when none fits outright, the one going furthest, which the step then adjusts.
     */
    private Upgrade fitting(Unit u, Requirement r, String other, List<Draft> drafts, int j) {
        List<Upgrade> candidates = new ArrayList<>();
        for (int k = j; k < drafts.size(); k++) {
            drafts.get(k).items.stream().filter(x -> x.key().equals(other)).forEach(candidates::add);
        }
        List<Upgrade> here = drafts.get(j).items.stream().filter(x -> x.key().equals(other)).toList();
        if (here.isEmpty()) {
            return null;
        }
        boolean declares = u.has(r.declarer());
        for (Upgrade c : candidates) {
            boolean fits = declares ? holds(r, c.to())
                    : requirements.of(other, c.to()).stream().allMatch(q -> !u.has(q.on()) || holds(q, u.target(q.on())));
            if (fits) {
                return here.contains(c) || u.urgent() ? c : here.get(0);
            }
        }
        VersionScheme s = scheme(other);
        return u.urgent() ? candidates.stream().max((a, b) -> compare(s, a.to(), b.to())).orElseThrow() : here.get(0);
    }

    /** An upgrade of {@code key} to the newest release that meets what the unit and the stack require of it. */
    private Upgrade meeting(Unit u, String key, Requirement r) {
        String cur = state.get(key);
        VersionScheme s = scheme(key);
        for (Version v : newestFirst(key)) {
            if (cur != null && compare(s, v.text(), cur) <= 0) {
                break;
            }
            if (requiredOf(u, key).stream().allMatch(q -> holds(q, v.text()))) {
                return derived(key, v.text(), u.driver(), "added: " + r.describe());
            }
        }
        return null;
    }

    /** An upgrade of {@code declarer} to the newest release whose requirements the unit's targets meet. */
    private Upgrade accepting(Unit u, String declarer, Requirement r) {
        String cur = state.get(declarer);
        VersionScheme s = scheme(declarer);
        for (Version v : newestFirst(declarer)) {
            if (cur != null && compare(s, v.text(), cur) <= 0) {
                break;
            }
            boolean ok = requirements.of(declarer, v.text()).stream()
                    .allMatch(q -> !u.has(q.on()) || holds(q, u.target(q.on())));
            if (ok) {
                return derived(declarer, v.text(), u.driver(), "added: " + r.describe());
            }
        }
        return null;
    }

    /** Holds the unit's upgrade of {@code r.on()} at the newest release that what stays in the stack accepts. */
    private boolean holdDown(Unit u, Requirement r) {
        Upgrade on = u.item(r.on());
        VersionScheme s = scheme(on.key());
        String cur = state.get(on.key());
        for (Version v : newestFirst(on.key())) {
            if (cur != null && compare(s, v.text(), cur) <= 0 || on.floor() != null && compare(s, v.text(), on.floor()) < 0) {
                break;
            }
            if (requiredOf(u, on.key()).stream().allMatch(q -> holds(q, v.text())) && u.tried.add(on.key() + "@" + v.text())) {
                u.replace(on, on.withTo(v.text(), "held at " + v.text() + ": " + r.describe()));
                return true;
            }
        }
        return false;
    }

    /** Lowers (or raises) the required member, or moves the requiring one, so that {@code r} holds inside the unit. */
    private boolean retarget(Unit u, Requirement r) {
        Upgrade on = u.item(r.on());
        VersionScheme s = scheme(on.key());
        String cur = state.get(on.key());
        for (Version v : newestFirst(on.key())) {
            if (cur != null && compare(s, v.text(), cur) <= 0 || on.floor() != null && compare(s, v.text(), on.floor()) < 0) {
                break;
            }
            if (!v.text().equals(on.to()) && requiredOf(u, on.key()).stream().allMatch(q -> holds(q, v.text()))
                    && u.tried.add(on.key() + "@" + v.text())) {
                u.replace(on, on.withTo(v.text(), "held at " + v.text() + ": " + r.describe()));
                return true;
            }
        }
        Upgrade decl = u.item(r.declarer());
        VersionScheme ds = scheme(decl.key());
        String dcur = state.get(decl.key());
        for (Version v : newestFirst(decl.key())) {
            if (dcur != null && compare(ds, v.text(), dcur) <= 0 || decl.floor() != null && compare(ds, v.text(), decl.floor()) < 0) {
                break;
            }
            boolean ok = requirements.of(decl.key(), v.text()).stream().allMatch(q -> !u.has(q.on()) || holds(q, u.target(q.on())));
            if (!v.text().equals(decl.to()) && ok && u.tried.add(decl.key() + "@" + v.text())) {
                u.replace(decl, decl.withTo(v.text(), "moved to " + v.text() + " so that " + Keys.display(on.key()) + " "
                        + on.to() + " fits"));
                return true;
            }
        }
        return false;
    }

    /** Every requirement on {@code key} from the unit's targets and from the stack's other packages. */
    private List<Requirement> requiredOf(Unit u, String key) {
        List<Requirement> out = new ArrayList<>();
        for (Upgrade item : u.items) {
            if (!item.key().equals(key)) {
                requirements.of(item.key(), item.to()).stream().filter(q -> q.on().equals(key)).forEach(out::add);
            }
        }
        for (String d : declarersOn.getOrDefault(key, new TreeSet<>())) {
            if (!u.has(d)) {
                requirements.of(d, state.get(d)).stream().filter(q -> q.on().equals(key)).forEach(out::add);
            }
        }
        return out;
    }

    private Upgrade derived(String key, String version, Upgrade driver, String why) {
        Component c = components.get(key);
        String cur = state.get(key);
        Ecosystem eco = c != null ? c.ecosystem() : Keys.namespace(key).equals("pypi") ? Ecosystem.PYPI : Ecosystem.NPM;
        List<Change> changes = c == null ? List.of()
                : c.locations().stream().map(at -> new Change(at, c.name() + " " + cur, c.name() + " " + version)).toList();
        Upgrade u = new Upgrade(key, eco, Kind.PACKAGE, Keys.display(key), cur == null ? "(none)" : cur, version, null,
                cur == null ? UpdateType.MINOR : updateType(scheme(key), cur, version), driver.findingClass(), driver.dueAt(),
                driver.due(), driver.cadence(), driver.occurrence(), driver.risk(), false, driver.categories(), List.of(why),
                List.of(), changes, driver.group() != null && groups.of(Keys.display(key)).map(Group::name)
                        .filter(driver.group()::equals).isPresent() ? driver.group() : null, why);
        return u;
    }

    /**
     * Upgrades of a unit in the order to edit them: a runtime before what runs on it, a peer's host
     * before the package that plugs into it (react before react-dom), and a framework before the
     * library it pins (fastapi before starlette).
     */
    private List<Upgrade> order(Unit u) {
        List<Upgrade> rest = new ArrayList<>(u.items);
        rest.sort(PRIORITY);
        List<Upgrade> out = new ArrayList<>();
        while (!rest.isEmpty()) {
            Upgrade pick = rest.stream().filter(a -> rest.stream().noneMatch(b -> b != a && before(b, a))).findFirst()
                    .orElse(rest.get(0));
            out.add(pick);
            rest.remove(pick);
        }
        return out;
    }

    private boolean before(Upgrade x, Upgrade y) {
        if (Keys.isRuntime(x.key()) != Keys.isRuntime(y.key())) {
            return Keys.isRuntime(x.key());
        }
        boolean hostOfY = requirements.of(y.key(), y.to()).stream()
                .anyMatch(r -> r.on().equals(x.key()) && !r.kind().equals("requires-dist"));
        boolean pinsY = requirements.of(x.key(), x.to()).stream()
                .anyMatch(r -> r.on().equals(y.key()) && r.kind().equals("requires-dist"));
        return hostOfY || pinsY;
    }

    private void index(String key, String version, boolean add) {
        for (Requirement r : requirements.of(key, version)) {
            if (add) {
                declarersOn.computeIfAbsent(r.on(), k -> new TreeSet<>()).add(key);
            } else {
                TreeSet<String> set = declarersOn.get(r.on());
                if (set != null) {
                    set.remove(key);
                }
            }
        }
    }

    boolean holds(Requirement r, String version) {
        VersionRange range;
        if (rangeOf.containsKey(r)) {
            range = rangeOf.get(r);
        } else {
            range = ranges.computeIfAbsent(r.scheme() + "\u0000" + r.range(), k -> {
                try {
                    return scheme(r.scheme(), true).parseRange(r.range());
                } catch (InvalidVersionException e) {
                    return null;
                }
            });
            rangeOf.put(r, range);
        }
        if (range == null) {
            unknown.add(r.describe() + ": the range cannot be read, so it is not checked");
            return true;
        }
        Version v = lenient(scheme(r.scheme(), true), version);
        if (v == null) {
            unknown.add(r.describe() + ": " + Keys.display(r.on()) + " " + version + " cannot be compared, so it is not checked");
            return true;
        }
        return range.contains(v);
    }

    /** The stack's state now: versions by key. */
    Map<String, String> state() {
        return java.util.Collections.unmodifiableMap(state);
    }

    /** Stable releases of a key, newest first; empty when unknown. */
    private final Map<String, List<Version>> releaseCache = new HashMap<>();

    private List<Version> newestFirst(String key) {
        return releaseCache.computeIfAbsent(key, this::readReleases);
    }

    private List<Version> readReleases(String key) {
        String ns = Keys.namespace(key);
        Ecosystem eco = switch (ns) {
            case "npm" -> Ecosystem.NPM;
            case "pypi" -> Ecosystem.PYPI;
            case "maven" -> Ecosystem.MAVEN;
            default -> null;
        };
        if (eco == null) {
            return List.of();
        }
        VersionScheme s = scheme(key);
        List<Version> out = new ArrayList<>();
        for (Release r : lookup.releases(eco, Keys.display(key))) {
            if (r.yanked()) {
                continue;
            }
            try {
                Version v = s.parse(r.version());
                if (!v.isPrerelease()) {
                    out.add(v);
                }
            } catch (InvalidVersionException e) {
                // not a version of this scheme
            }
        }
        out.sort(java.util.Collections.reverseOrder());
        return List.copyOf(out);
    }

    private VersionScheme scheme(String key) {
        String ns = Keys.namespace(key);
        return scheme(switch (ns) {
            case "npm" -> "npm";
            case "pypi" -> "pep440";
            case "maven" -> "maven";
            default -> "loose";
        }, true);
    }

    private VersionScheme scheme(String id, boolean byId) {
        return schemeCache.computeIfAbsent(id, schemes);
    }

    private final Map<VersionScheme, Map<String, Version>> parsed = new java.util.IdentityHashMap<>();

    /** Parses once per scheme and text (a plan compares the same versions many times). */
    private Version lenient(VersionScheme s, String text) {
        Map<String, Version> m = parsed.computeIfAbsent(s, k -> new HashMap<>());
        if (m.containsKey(text)) {
            return m.get(text);
        }
        Version v = parseLenient(s, text);
        m.put(text, v);
        return v;
    }

    private static Version parseLenient(VersionScheme s, String text) {
        try {
            return s.parse(text);
        } catch (InvalidVersionException e) {
            if (text.matches("[0-9]+(\\.[0-9]+)?")) {
                try {
                    return s.parse(text + (text.contains(".") ? ".0" : ".0.0"));
                } catch (InvalidVersionException again) {
                    return null;
                }
            }
            return null;
        }
    }

    private int compare(VersionScheme s, String a, String b) {
        Version va = lenient(s, a);
        Version vb = lenient(s, b);
        return va != null && vb != null ? va.compareTo(vb) : a.compareTo(b);
    }

    private UpdateType updateType(VersionScheme s, String from, String to) {
        Version a = lenient(s, from);
        Version b = lenient(s, to);
        return a != null && b != null ? s.updateType(a, b) : UpdateType.MINOR;
    }

    /** Runtimes first, then by key. */
    static final Comparator<Upgrade> PRIORITY = Comparator.comparing((Upgrade u) -> !Keys.isRuntime(u.key())).thenComparing(Upgrade::key);
}
