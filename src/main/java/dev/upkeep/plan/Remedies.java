package dev.upkeep.plan;

import dev.upkeep.assess.DriftFindings;
import dev.upkeep.assess.Group;
import dev.upkeep.assess.Groups;
import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Kind;
import dev.upkeep.versioning.UpdateType;
import dev.upkeep.versioning.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the {@link Resolver} can change to let a unit go: add the upgrade a requirement needs, move
 * a package that would break to a release that accepts the unit, hold a target at the newest
 * release that meets what is required of it (never below a security fix), or move the requiring
 * side. Each change is tried once per target, so fixing cannot go round in circles.
 */
final class Remedies {
    private final Requirements requirements;
    private final Versions versions;
    private final StackState stack;
    private final Groups groups;

    Remedies(Requirements requirements, Versions versions, StackState stack, Groups groups) {
        this.requirements = requirements;
        this.versions = versions;
        this.stack = stack;
        this.groups = groups;
    }

    /** An upgrade of {@code key} to the newest release that meets what the unit and the stack require of it. */
    Upgrade meeting(Unit u, String key, Requirement r) {
        for (Version v : newer(key)) {
            if (stack.requiredOf(u, key).stream().allMatch(q -> versions.holds(q, v.text()))) {
                return derived(key, v.text(), u.driver(), "added: " + r.describe());
            }
        }
        return null;
    }

    /** An upgrade of {@code declarer} to the newest release whose requirements the unit's targets meet. */
    Upgrade accepting(Unit u, String declarer, Requirement r) {
        for (Version v : newer(declarer)) {
            if (accepts(u, declarer, v.text())) {
                return derived(declarer, v.text(), u.driver(), "added: " + r.describe());
            }
        }
        return null;
    }

    /** Holds the unit's upgrade of {@code r.on()} at the newest release that what stays in the stack accepts. */
    boolean holdDown(Unit u, Requirement r) {
        Upgrade on = u.item(r.on());
        for (Version v : newer(on.key(), on.floor())) {
            if (stack.requiredOf(u, on.key()).stream().allMatch(q -> versions.holds(q, v.text())) && u.tried.add(on.key() + "@" + v.text())) {
                u.replace(on, on.withTo(v.text(), "held at " + v.text() + ": " + r.describe()));
                return true;
            }
        }
        return false;
    }

    /** Lowers (or raises) the required member, or moves the requiring one, so that {@code r} holds inside the unit. */
    boolean retarget(Unit u, Requirement r) {
        Upgrade on = u.item(r.on());
        for (Version v : newer(on.key(), on.floor())) {
            if (!v.text().equals(on.to()) && stack.requiredOf(u, on.key()).stream().allMatch(q -> versions.holds(q, v.text()))
                    && u.tried.add(on.key() + "@" + v.text())) {
                u.replace(on, on.withTo(v.text(), "held at " + v.text() + ": " + r.describe()));
                return true;
            }
        }
        Upgrade decl = u.item(r.declarer());
        for (Version v : newer(decl.key(), decl.floor())) {
            if (!v.text().equals(decl.to()) && accepts(u, decl.key(), v.text()) && u.tried.add(decl.key() + "@" + v.text())) {
                u.replace(decl, decl.withTo(v.text(), "moved to " + v.text() + " so that " + Keys.display(on.key()) + " " + on.to() + " fits"));
                return true;
            }
        }
        return false;
    }

    /** What the wave's pending units require, by the key required; rebuilt when units change. */
    final class Ahead {
        boolean dirty = true;
        final Set<Unit> applied = Collections.newSetFromMap(new IdentityHashMap<>());
        private Map<String, List<Map.Entry<Unit, Requirement>>> byOn = new HashMap<>();

        private List<Map.Entry<Unit, Requirement>> on(String key, Set<Unit> pending) {
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
    boolean holdForTheWave(Unit u, Set<Unit> pending, Ahead ahead) {
        for (String key : u.keys()) {
            for (Map.Entry<Unit, Requirement> e : ahead.on(key, pending)) {
                Requirement r = e.getValue();
                if (e.getKey() == u || ahead.applied.contains(e.getKey()) || versions.holds(r, u.target(key))) {
                    continue;
                }
                Upgrade m = u.item(key);
                for (Version v : newer(m.key(), m.floor())) {
                    if (versions.holds(r, v.text()) && stack.requiredOf(u, m.key()).stream().allMatch(q -> versions.holds(q, v.text()))
                            && u.tried.add(m.key() + "@" + v.text())) {
                        u.replace(m, m.withTo(v.text(), "held at " + v.text() + ": " + r.describe()));
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** An upgrade the plan adds: {@code key} to {@code version}, scheduled like {@code driver}, editing the key's manifest. */
    Upgrade derived(String key, String version, Upgrade driver, String why) {
        Component c = stack.component(key);
        String cur = stack.version(key);
        Ecosystem eco = c != null ? c.ecosystem() : Keys.namespace(key).equals("pypi") ? Ecosystem.PYPI : Ecosystem.NPM;
        boolean manifest = c != null && c.locations().stream().anyMatch(l -> !DriftFindings.isLockfile(l.file()));
        List<Change> changes = c == null ? List.of() : c.locations().stream()
                .filter(at -> !manifest || !DriftFindings.isLockfile(at.file()))
                .map(at -> new Change(at, c.name() + " " + cur, c.name() + " " + version)).toList();
        String group = driver.group() != null && groups.of(Keys.display(key)).map(Group::name).filter(driver.group()::equals).isPresent()
                ? driver.group() : null;
        return new Upgrade(key, eco, Kind.PACKAGE, Keys.display(key), cur == null ? "(none)" : cur, version, null,
                cur == null ? UpdateType.MINOR : versions.updateType(key, cur, version), driver.findingClass(), driver.dueAt(),
                driver.due(), driver.cadence(), driver.occurrence(), driver.risk(), false, driver.categories(), List.of(why),
                List.of(), changes, group, why);
    }

    /** Whether release {@code version} of {@code key} accepts the unit's targets. */
    private boolean accepts(Unit u, String key, String version) {
        return requirements.of(key, version).stream().allMatch(q -> !u.has(q.on()) || versions.holds(q, u.target(q.on())));
    }

    /** Releases of {@code key} newer than the stack's, newest first. */
    private List<Version> newer(String key) {
        return newer(key, null);
    }

    /** Releases of {@code key} newer than the stack's and at least {@code floor}, newest first. */
    private List<Version> newer(String key, String floor) {
        String cur = stack.version(key);
        List<Version> out = new ArrayList<>();
        for (Version v : versions.newestFirst(key)) {
            if (cur != null && versions.compare(key, v.text(), cur) <= 0 || floor != null && versions.compare(key, v.text(), floor) < 0) {
                break;
            }
            out.add(v);
        }
        return out;
    }
}
