package dev.upkeep.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Upgrades the resolver moves as one: they become one step. */
final class Unit {
    final List<Upgrade> items = new ArrayList<>();
    /** {@code key@version} targets already tried, so retargeting cannot go round in circles. */
    final Set<String> tried = new HashSet<>();

    Unit(Upgrade first) {
        items.add(first);
    }

    boolean has(String key) {
        return items.stream().anyMatch(u -> u.key().equals(key));
    }

    Upgrade item(String key) {
        return items.stream().filter(u -> u.key().equals(key)).findFirst().orElse(null);
    }

    String target(String key) {
        Upgrade u = item(key);
        return u == null ? null : u.to();
    }

    Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        items.forEach(u -> keys.add(u.key()));
        return keys;
    }

    void replace(Upgrade old, Upgrade now) {
        items.set(items.indexOf(old), now);
    }

    boolean urgent() {
        return items.stream().anyMatch(Upgrade::urgent);
    }

    /** The most urgent upgrade: derived and pulled upgrades are scheduled like it. */
    Upgrade driver() {
        return items.stream().min(Items.URGENT_FIRST).orElseThrow();
    }

    void merge(Unit other) {
        other.items.forEach(this::add);
        tried.addAll(other.tried);
    }

    /** Adds an upgrade; one of a package the unit already moves becomes one upgrade, to the further target. */
    void add(Upgrade u, java.util.Comparator<String> versions) {
        Upgrade had = item(u.key());
        if (had == null) {
            items.add(u);
        } else {
            replace(had, had.absorb(u, versions.compare(u.to(), had.to()) > 0 ? u.to() : had.to()));
        }
    }

    void add(Upgrade u) {
        add(u, String::compareTo);
    }
}
