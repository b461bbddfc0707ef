package dev.upkeep.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Merges advisories that are the same vulnerability under different ids (a GHSA, its CVE, its
 * PYSEC), across sources: records sharing any id or alias become one advisory, named by its
 * preferred id (GHSA, then PYSEC/GO/RUSTSEC, then CVE, then the rest), with the union of
 * aliases, affected entries and sources, the most severe rating and the newest modification.
 */
public final class AdvisoryMerger {
    private AdvisoryMerger() {}

    public static List<Advisory> merge(List<Advisory> records) {
        // Union-find over ids: two records are one when their id sets intersect.
        Map<String, Integer> owner = new HashMap<>();
        int[] parent = new int[records.size()];
        for (int i = 0; i < records.size(); i++) {
            parent[i] = i;
            for (String id : ids(records.get(i))) {
                Integer j = owner.putIfAbsent(id, i);
                if (j != null) {
                    union(parent, i, j);
                }
            }
        }
        Map<Integer, List<Advisory>> groups = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(records.get(i));
        }
        List<Advisory> out = new ArrayList<>();
        for (List<Advisory> g : groups.values()) {
            out.add(g.size() == 1 ? g.get(0) : combine(g));
        }
        out.sort(Comparator.comparing(Advisory::id));
        return out;
    }

    private static Advisory combine(List<Advisory> group) {
        Set<String> all = new TreeSet<>();
        group.forEach(a -> all.addAll(ids(a)));
        String id = all.stream().min(Comparator.comparingInt(AdvisoryMerger::rank).thenComparing(s -> s)).orElseThrow();
        all.remove(id);
        List<Advisory> rated = group.stream().filter(a -> !a.severityBasis().equals("unknown")).toList();
        Advisory best = (rated.isEmpty() ? group : rated).stream().min(Comparator.comparing(Advisory::severity)).orElseThrow();
        Advisory labelled = group.stream().filter(a -> a.cvssVector() != null).findFirst().orElse(best);
        Advisory named = group.stream().filter(a -> a.summary() != null && !a.summary().isBlank())
                .min(Comparator.comparingInt(a -> rank(a.id()))).orElse(best);
        Set<Advisory.Affected> affected = new LinkedHashSet<>();
        Set<String> sources = new TreeSet<>();
        java.time.Instant modified = null;
        java.time.Instant published = null;
        for (Advisory a : group) {
            affected.addAll(a.affected());
            sources.addAll(a.sources());
            if (a.modified() != null && (modified == null || a.modified().isAfter(modified))) {
                modified = a.modified();
            }
            if (a.published() != null && (published == null || a.published().isBefore(published))) {
                published = a.published();
            }
        }
        return new Advisory(id, List.copyOf(all), named.summary(), best.severity(), best.severityBasis(), labelled.cvssVector(), labelled.cvssScore(),
                List.copyOf(affected), published, modified, List.copyOf(sources));
    }

    private static Set<String> ids(Advisory a) {
        Set<String> s = new LinkedHashSet<>();
        s.add(a.id());
        s.addAll(a.aliases());
        return s;
    }

    static int rank(String id) {
        if (id.startsWith("GHSA-")) {
            return 0;
        }
        if (id.startsWith("PYSEC-") || id.startsWith("GO-") || id.startsWith("RUSTSEC-")) {
            return 1;
        }
        if (id.startsWith("CVE-")) {
            return 2;
        }
        return 3;
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    private static void union(int[] p, int a, int b) {
        int ra = find(p, a);
        int rb = find(p, b);
        if (ra != rb) {
            p[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
