package dev.upkeep.plan;

import dev.upkeep.domain.Component;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The stack as it will be at this point of the plan: the version of everything it declares, by
 * key, and which packages require each key (so a move is checked against exactly those).
 */
final class StackState {
    private final Requirements requirements;
    private final Map<String, String> versions;
    private final Map<String, Component> components;
    private final Map<String, TreeSet<String>> declarersOn = new HashMap<>();

    /**
     * @param versions everything the stack declares, by key (runtimes at their effective version)
     * @param components a component per key, for the files an added upgrade edits
     */
    StackState(Requirements requirements, Map<String, String> versions, Map<String, Component> components) {
        this.requirements = requirements;
        this.versions = new HashMap<>(versions);
        this.components = components;
        for (String key : new TreeSet<>(versions.keySet())) {
            index(key, versions.get(key), true);
        }
    }

    String version(String key) {
        return versions.get(key);
    }

    boolean has(String key) {
        return versions.containsKey(key);
    }

    Set<String> keys() {
        return Collections.unmodifiableSet(new TreeSet<>(versions.keySet()));
    }

    Component component(String key) {
        return components.get(key);
    }

    /** Moves {@code key} to {@code version}. */
    void set(String key, String version) {
        String old = versions.put(key, version);
        if (old != null) {
            index(key, old, false);
        }
        index(key, version, true);
    }

    /** The packages whose current release requires {@code key}, sorted. */
    Set<String> declarersOn(String key) {
        return declarersOn.getOrDefault(key, new TreeSet<>());
    }

    /** Every requirement on {@code key} from the unit's targets and from the stack's packages the unit does not move. */
    List<Requirement> requiredOf(Unit u, String key) {
        List<Requirement> out = new ArrayList<>();
        for (Upgrade item : u.items) {
            if (!item.key().equals(key)) {
                requirements.of(item.key(), item.to()).stream().filter(q -> q.on().equals(key)).forEach(out::add);
            }
        }
        for (String d : declarersOn(key)) {
            if (!u.has(d)) {
                requirements.of(d, versions.get(d)).stream().filter(q -> q.on().equals(key)).forEach(out::add);
            }
        }
        return out;
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
}
