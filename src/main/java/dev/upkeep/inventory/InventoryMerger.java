package dev.upkeep.inventory;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Kind;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.SkipReason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Joins what the extractors found into one component per thing in the stack.
 *
 * <ol>
 *   <li>A manifest entry with no resolved version ({@code "react": "^18.2.0"}, skip reason
 *       unpinned; or a git, path, URL or workspace source) is joined to the component a lockfile
 *       resolved for the same name (and, for non-registry sources, the same kind of source) in the
 *       same folder or the nearest folder above it (a workspace root's lockfile). The result keeps
 *       the lockfile's version, the manifest's constraint, scope and "direct", and both locations.
 *       An override entry ({@code overrides}/{@code resolutions}, property {@code override=true})
 *       pins a version but says nothing of how the package is used: it adds its location and
 *       constraint and keeps the lockfile's scope and relation.
 *   <li>Components that are then the same (ecosystem, kind, name, version and skip reason) are one
 *       component with every location; relation and scope keep the strongest.
 * </ol>
 */
public final class InventoryMerger {
    private InventoryMerger() {}

    public static List<Component> merge(List<Component> found) {
        List<Component> resolved = new ArrayList<>();
        List<Component> declared = new ArrayList<>();
        for (Component c : found) {
            (isManifestEntry(c) ? declared : resolved).add(c);
        }
        Map<String, List<Integer>> byName = new LinkedHashMap<>();
        for (int i = 0; i < resolved.size(); i++) {
            byName.computeIfAbsent(nameKey(resolved.get(i)), k -> new ArrayList<>()).add(i);
        }
        List<Component> unmatched = new ArrayList<>();
        for (Component d : declared) {
            int best = bestMatch(d, resolved, byName.getOrDefault(nameKey(d), List.of()));
            if (best < 0) {
                unmatched.add(d);
            } else {
                Component r = resolved.get(best);
                boolean override = "true".equals(d.properties().get("override"));
                Component joined = r.withConstraint(pinsOnly(r) ? d.constraint() : r.constraint())
                        .plusLocations(d.locations());
                if (override) {
                    joined = joined.withProperty("override", "true");
                } else {
                    joined = joined.withRelation(d.relation().strongest(r.relation())).withScope(d.scope());
                }
                resolved.set(best, joined);
            }
        }
        List<Component> all = new ArrayList<>(resolved);
        all.addAll(unmatched);
        return dedupe(all);
    }

    /** A resolved component whose own constraint only repeats its version (a lockfile pin): the manifest's range says more. */
    private static boolean pinsOnly(Component r) {
        String c = r.constraint();
        return c == null || c.equals(r.version()) || c.equals("==" + r.version()) || c.equals("===" + r.version());
    }

    private static boolean isManifestEntry(Component c) {
        return c.version() == null && c.kind() == Kind.PACKAGE && c.skipReason() != null
                && c.skipReason() != SkipReason.VARIABLE && c.skipReason() != SkipReason.DIGEST;
    }

    private static String nameKey(Component c) {
        return c.ecosystem() + "\u0000" + c.kind() + "\u0000" + c.name();
    }

    /** The resolved component in the nearest folder at or above the manifest's, preferring a direct one. */
    private static int bestMatch(Component declared, List<Component> resolved, List<Integer> candidates) {
        String manifestDir = dir(declared.locations().get(0).file());
        int best = -1;
        int bestDepth = -1;
        boolean bestDirect = false;
        for (int i : candidates) {
            Component r = resolved.get(i);
            if (r.version() == null) {
                continue;
            }
            if (declared.skipReason() != SkipReason.UNPINNED && declared.skipReason() != r.skipReason()) {
                continue; // a git dependency joins the lockfile's git entry, never a registry release
            }
            for (Location l : r.locations()) {
                String lockDir = dir(l.file());
                if (!manifestDir.startsWith(lockDir)) {
                    continue;
                }
                int depth = lockDir.length();
                boolean direct = r.relation() == dev.upkeep.domain.Relation.DIRECT;
                if (depth > bestDepth || depth == bestDepth && direct && !bestDirect) {
                    best = i;
                    bestDepth = depth;
                    bestDirect = direct;
                }
            }
        }
        return best;
    }

    private static String dir(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "" : file.substring(0, slash + 1);
    }

    private static List<Component> dedupe(List<Component> all) {
        Map<List<Object>, Component> out = new LinkedHashMap<>();
        for (Component c : all) {
            List<Object> key = java.util.Arrays.asList(c.ecosystem(), c.kind(), c.name(), c.version(), c.skipReason(),
                    c.version() == null ? c.constraint() : null);
            out.merge(key, c, InventoryMerger::join);
        }
        List<Component> list = new ArrayList<>(out.values());
        list.sort(ORDER);
        return list;
    }

    private static Component join(Component a, Component b) {
        Map<String, String> props = new java.util.TreeMap<>(b.properties());
        props.putAll(a.properties());
        return a.withRelation(a.relation().strongest(b.relation()))
                .withScope(a.scope().strongest(b.scope()))
                .withConstraint(a.constraint() != null ? a.constraint() : b.constraint())
                .withProperties(props)
                .plusLocations(b.locations());
    }

    /** Inventory order: ecosystem, name, version (unresolved last), first location. */
    public static final Comparator<Component> ORDER = Comparator
            .comparing(Component::ecosystem, Comparator.comparing(Ecosystem::ordinal))
            .thenComparing(Component::name)
            .thenComparing(Component::version, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(c -> c.locations().isEmpty() ? "" : c.locations().get(0).toString())
            .thenComparing(c -> Objects.toString(c.constraint(), ""));
}
