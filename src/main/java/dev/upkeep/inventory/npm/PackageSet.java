package dev.upkeep.inventory.npm;

import dev.upkeep.domain.Component;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The packages of one lockfile, one component per package and version: a lockfile names the same
 * version many times (nested {@code node_modules} copies, pnpm peer variants, yarn ranges), and a
 * reader wants it once, with every line it was found on. Different versions of one name stay apart,
 * and so do git packages locked to different commits and local packages from different paths.
 * Merging keeps the strongest relation and scope, the first constraint and every property, except
 * an alias that only one of the copies is installed under.
 */
public final class PackageSet {
    private final Map<List<Object>, Component> byKey = new LinkedHashMap<>();

    public void add(Component c) {
        List<Object> key = Arrays.asList(c.name(), c.version(), c.skipReason(), c.properties().get(NpmComponents.COMMIT),
                c.properties().get(NpmComponents.URL), c.properties().get(NpmComponents.PATH));
        byKey.merge(key, c, PackageSet::join);
    }

    private static Component join(Component a, Component b) {
        Map<String, String> props = new TreeMap<>(b.properties());
        props.putAll(a.properties());
        if (!a.properties().containsKey(NpmComponents.ALIAS) || !b.properties().containsKey(NpmComponents.ALIAS)) {
            props.remove(NpmComponents.ALIAS); // installed under its own name too: the alias is not how the project knows it
        }
        return a.withRelation(a.relation().strongest(b.relation()))
                .withScope(a.scope().strongest(b.scope()))
                .withConstraint(a.constraint() != null ? a.constraint() : b.constraint())
                .withProperties(props)
                .plusLocations(b.locations());
    }

    public List<Component> components() {
        return new ArrayList<>(byKey.values());
    }
}
