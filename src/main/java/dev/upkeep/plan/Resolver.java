package dev.upkeep.plan;

import dev.upkeep.assess.Group;
import dev.upkeep.assess.Groups;
import dev.upkeep.versioning.Version;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders upgrades so that what every release requires holds after every step, from the data
 * alone. Waves are taken in time order, holding the stack's versions as they will be. In a wave,
 * every unit (an upgrade, or a group) that leaves every requirement met is applied, in priority
 * order, runtimes first; when none can go:
 * <ul>
 *   <li>a requirement between two units of the wave merges them into one step;</li>
 *   <li>one on something that moves in a later wave pulls that upgrade in, if this unit is
 *       urgent, or else pushes this unit to that wave;</li>
 *   <li>one on something that does not move adds the upgrade that meets it (the newest release
 *       that does), scheduled like the unit, or holds the unit's target at what the stack accepts;</li>
 *   <li>one inside a step lowers the required side to the newest release that meets it (never
 *       below a security fix), or moves the requiring side to a release that accepts it;</li>
 *   <li>otherwise the unit is blocked, and the requirement that blocks it is reported.</li>
 * </ul>
 * Requirements on things the stack does not declare itself (npm installs those) are not checked.
 */
final class Resolver {
    private final Requirements requirements;
    private final Versions versions;
    private final Groups groups;
    private final StackState stack;
    private final Remedies remedies;
    final List<Blocked> blocked = new ArrayList<>();

    Resolver(Requirements requirements, Versions versions, Groups groups, StackState stack) {
        this.requirements = requirements;
        this.versions = versions;
        this.groups = groups;
        this.stack = stack;
        this.remedies = new Remedies(requirements, versions, stack, groups);
    }

    void resolve(List<Draft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            Set<Unit> pending = new LinkedHashSet<>(units(d));
            Remedies.Ahead ahead = remedies.new Ahead();
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
                    if (remedies.holdForTheWave(u, pending, ahead)) {
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
            String cur = stack.version(item.key());
            if (cur != null && versions.compare(item.key(), item.to(), cur) <= 0) {
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
                byGroup.get(u.group()).add(u, (a, b) -> versions.compare(u.key(), a, b));
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
        List<String> members = new ArrayList<>(unit.keys());
        for (String key : stack.keys()) {
            if (Keys.namespace(key).equals(ns) && g.contains(Keys.display(key)) && !members.contains(key)) {
                members.add(key);
            }
        }
        String max = unit.items.stream().map(Upgrade::to).max((a, b) -> versions.compare(driver.key(), a, b)).orElseThrow();
        String common = max;
        for (Version v : versions.newestFirst(members.get(0))) {
            if (versions.compare(driver.key(), v.text(), max) <= 0 && members.stream().allMatch(m -> versions.has(m, v.text()))) {
                common = v.text();
                break;
            }
        }
        for (Upgrade u : List.copyOf(unit.items)) {
            if (!u.to().equals(common)) {
                unit.replace(u, u.withTo(common, "aligned with group " + g.name()));
            }
        }
        for (String m : members) {
            if (!unit.has(m) && stack.has(m) && versions.compare(m, stack.version(m), common) < 0) {
                unit.items.add(remedies.derived(m, common, driver, "moves with group " + g.name()));
            }
        }
    }

    /** What would not hold if {@code u} were applied now. */
    List<Requirement> violations(Unit u) {
        Set<Requirement> out = new LinkedHashSet<>();
        for (Upgrade item : u.items) {
            for (Requirement r : requirements.of(item.key(), item.to())) {
                String v = u.has(r.on()) ? u.target(r.on()) : stack.version(r.on());
                if (v != null && !versions.holds(r, v)) {
                    out.add(r);
                }
            }
        }
        for (String key : u.keys()) {
            for (String declarer : stack.declarersOn(key)) {
                if (u.has(declarer)) {
                    continue;
                }
                for (Requirement r : requirements.of(declarer, stack.version(declarer))) {
                    if (r.on().equals(key) && !versions.holds(r, u.target(key))) {
                        out.add(r);
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    private void apply(Unit u, Draft d) {
        List<Upgrade> step = new ArrayList<>();
        for (Upgrade item : order(u)) {
            String cur = stack.version(item.key());
            if (cur != null && versions.compare(item.key(), item.to(), cur) <= 0) {
                d.notes.add(Keys.display(item.key()) + " is already at " + cur + " by then; its move to " + item.to() + " is dropped");
                continue;
            }
            step.add(cur == null || Keys.isRuntime(item.key()) ? item
                    : item.withFrom(cur).withStep(versions.updateType(item.key(), cur, item.to())));
        }
        step.forEach(item -> stack.set(item.key(), item.to()));
        if (!step.isEmpty()) {
            d.steps.add(step);
        }
    }

    /** One attempt to make {@code u} applicable; null when something changed, else why nothing can. */
    private String fix(Unit u, List<Requirement> viol, int wave, Set<Unit> pending, List<Draft> drafts) {
        String why = null;
        for (Requirement r : viol) {
            boolean mineDeclares = u.has(r.declarer());
            if (mineDeclares && u.has(r.on())) {
                if (remedies.retarget(u, r)) {
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
                    u.add(later.scheduledLike(u.driver(), "brought forward from the " + from + " wave: " + r.describe()),
                            (a, b) -> versions.compare(later.key(), a, b));
                } else {
                    for (Upgrade item : u.items) {
                        drafts.get(j).items.add(item.withNote("waits for " + Keys.display(other) + " in the " + drafts.get(j).label()
                                + " wave: " + r.describe()));
                    }
                    pending.remove(u);
                }
                return null;
            }
            Upgrade added = mineDeclares ? remedies.meeting(u, r.on(), r) : remedies.accepting(u, r.declarer(), r);
            if (added != null) {
                u.items.add(added);
                return null;
            }
            if (!mineDeclares && remedies.holdDown(u, r)) {
                return null;
            }
            why = Keys.isRuntime(other) ? "no upgrade of " + Keys.display(other) + " that meets it is planned"
                    : versions.newestFirst(other).isEmpty() ? "the releases of " + Keys.display(other) + " are unknown"
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
        List<Upgrade> here = drafts.get(j).items.stream().filter(x -> x.key().equals(other)).toList();
        if (here.isEmpty()) {
            return null;
        }
        List<Upgrade> candidates = new ArrayList<>();
        for (int k = j; k < drafts.size(); k++) {
            drafts.get(k).items.stream().filter(x -> x.key().equals(other)).forEach(candidates::add);
        }
        boolean declares = u.has(r.declarer());
        for (Upgrade c : candidates) {
            boolean fits = declares ? versions.holds(r, c.to())
                    : requirements.of(other, c.to()).stream().allMatch(q -> !u.has(q.on()) || versions.holds(q, u.target(q.on())));
            if (fits) {
                return here.contains(c) || u.urgent() ? c : here.get(0);
            }
        }
        return u.urgent() ? candidates.stream().max((a, b) -> versions.compare(other, a.to(), b.to())).orElseThrow() : here.get(0);
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

    /** Runtimes first, then by key. */
    static final Comparator<Upgrade> PRIORITY = Comparator.comparing((Upgrade u) -> !Keys.isRuntime(u.key())).thenComparing(Upgrade::key);
}
