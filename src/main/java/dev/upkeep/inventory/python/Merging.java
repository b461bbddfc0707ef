package dev.upkeep.inventory.python;

import dev.upkeep.domain.Component;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/** Folds the entries of one file (or one include tree) that name the same package at the same version into one component. */
public final class Merging {
    private Merging() {}

    /**
     * Merges components with the same name, version and skip reason, keeping the first one's order:
     * locations are joined, the strongest relation and scope win, distinct constraints are joined
     * with {@code ", "} (a PEP 440 specifier set: every clause applies), and properties missing from
     * the first are taken from the others.
     */
    public static List<Component> sameVersion(List<Component> components) {
        Map<String, List<Component>> groups = new LinkedHashMap<>();
        for (Component c : components) {
            groups.computeIfAbsent(c.ecosystem() + "\u0000" + c.name() + "\u0000" + c.version() + "\u0000" + c.skipReason(),
                    k -> new ArrayList<>()).add(c);
        }
        List<Component> out = new ArrayList<>();
        groups.values().forEach(g -> out.add(fold(g)));
        return out;
    }

    /** Folds components of one package into the first one, as described for {@link #sameVersion}. */
    public static Component fold(List<Component> same) {
        Component first = same.get(0);
        Set<String> constraints = new LinkedHashSet<>();
        Map<String, String> properties = new TreeMap<>();
        Component out = first;
        for (Component c : same) {
            if (c.constraint() != null) {
                constraints.add(c.constraint());
            }
            c.properties().forEach(properties::putIfAbsent);
            if (c != first) {
                out = out.plusLocations(c.locations())
                        .withRelation(out.relation().strongest(c.relation()))
                        .withScope(out.scope().strongest(c.scope()));
            }
        }
        String constraint = constraints.isEmpty() ? null : String.join(", ", constraints);
        return Objects.equals(constraint, first.constraint()) && properties.equals(first.properties())
                ? out : out.withConstraint(constraint).withProperties(properties);
    }
}
