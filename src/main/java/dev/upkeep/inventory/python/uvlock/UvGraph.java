package dev.upkeep.inventory.python.uvlock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upkeep.domain.Relation;
import dev.upkeep.domain.Scope;
import dev.upkeep.inventory.python.DependencyGroups;
import dev.upkeep.inventory.python.PypiNames;
import dev.upkeep.inventory.python.Toml;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The dependency graph of a uv.lock, walked from the project package(s): those whose source is
 * the lock's folder ({@code "."}). The project's {@code dependencies} are PROD, its
 * {@code optional-dependencies} (extras) and {@code dev-dependencies} (PEP 735 groups) take the
 * scope of their name ({@link DependencyGroups}); a package reached several ways gets the strongest
 * scope, and property {@code group} names the groups that reach it at that scope. Edges follow
 * {@code dependencies}, and a dependency's {@code extra = [...]} also follows that package's
 * optional dependencies of those extras.
 */
final class UvGraph {
    private record Entry(Scope scope, String group, JsonNode deps) {}

    private final JsonNode packages;
    private final Map<String, List<Integer>> byName = new HashMap<>();
    /** {@link #byName} by the name as a dependency writes it, so each spelling is normalised once. */
    private final Map<String, List<Integer>> byWrittenName = new HashMap<>();
    private final Set<Integer> projects = new HashSet<>();
    private final Set<Integer> direct = new HashSet<>();
    private final Scope[] scopes;
    private final List<Set<String>> groups = new ArrayList<>();
    private final Map<Integer, String> constraints = new HashMap<>();

    UvGraph(JsonNode packages) {
        this.packages = packages;
        this.scopes = new Scope[packages.size()];
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < packages.size(); i++) {
            JsonNode p = packages.get(i);
            groups.add(new TreeSet<>());
            byName.computeIfAbsent(PypiNames.normalize(p.path("name").asText()), k -> new ArrayList<>()).add(i);
            JsonNode source = p.path("source");
            for (String kind : List.of("virtual", "editable", "directory")) {
                if (".".equals(Toml.text(source.get(kind)))) {
                    projects.add(i);
                }
            }
        }
        for (int i : projects) {
            JsonNode p = packages.get(i);
            entries.add(new Entry(Scope.PROD, null, p.path("dependencies")));
            Toml.entries(p.get("optional-dependencies")).forEach(e -> entries.add(new Entry(DependencyGroups.scopeOf(e.getKey()), e.getKey(), e.getValue())));
            Toml.entries(p.get("dev-dependencies")).forEach(e -> entries.add(new Entry(DependencyGroups.scopeOf(e.getKey()), e.getKey(), e.getValue())));
            declared(p.path("metadata").path("requires-dist"));
            Toml.entries(p.path("metadata").get("requires-dev")).forEach(e -> declared(e.getValue()));
        }
        entries.sort(Comparator.comparing(Entry::scope));
        for (Entry e : entries) {
            walk(e);
        }
    }

    boolean isProject(int i) {
        return projects.contains(i);
    }

    Relation relation(int i) {
        return projects.isEmpty() ? Relation.UNKNOWN : direct.contains(i) ? Relation.DIRECT : scopes[i] != null ? Relation.TRANSITIVE : Relation.UNKNOWN;
    }

    Scope scope(int i) {
        return scopes[i] == null ? Scope.PROD : scopes[i];
    }

    String groups(int i) {
        return groups.get(i).isEmpty() ? null : String.join(",", groups.get(i));
    }

    /** The specifier the project declared for a direct dependency ({@code metadata.requires-dist}), or null. */
    String constraint(int i) {
        return direct.contains(i) ? constraints.get(i) : null;
    }

    private void declared(JsonNode requirements) {
        for (JsonNode r : requirements) {
            String spec = Toml.text(r.get("specifier"));
            if (spec != null) {
                targets(r).forEach(t -> constraints.putIfAbsent(t, spec));
            }
        }
    }

    private record Visit(int pkg, String extra) {}

    private void walk(Entry entry) {
        Deque<Visit> queue = new ArrayDeque<>();
        Set<Visit> seen = new HashSet<>();
        for (JsonNode dep : entry.deps) {
            for (int t : targets(dep)) {
                direct.add(t);
                enqueue(queue, t, dep);
            }
        }
        while (!queue.isEmpty()) {
            Visit v = queue.poll();
            int i = v.pkg;
            if (!seen.add(v) || scopes[i] != null && scopes[i] != entry.scope) {
                continue; // already walked, or already reached with a stronger scope (and so were its dependencies)
            }
            scopes[i] = entry.scope;
            if (entry.group != null) {
                groups.get(i).add(entry.group);
            }
            JsonNode p = packages.get(i);
            JsonNode deps = v.extra.isEmpty() ? p.path("dependencies") : p.path("optional-dependencies").path(v.extra);
            for (JsonNode dep : deps) {
                for (int t : targets(dep)) {
                    enqueue(queue, t, dep);
                }
            }
        }
    }

    private static void enqueue(Deque<Visit> queue, int target, JsonNode dep) {
        queue.add(new Visit(target, ""));
        JsonNode extras = dep.get("extra");
        if (extras != null) {
            for (String extra : Toml.strings(extras)) {
                queue.add(new Visit(target, extra));
            }
        }
    }

    /** The packages a dependency entry points at: by name, and by version when it gives one. */
    private List<Integer> targets(JsonNode dep) {
        List<Integer> all = byWrittenName.computeIfAbsent(dep.path("name").asText(),
                n -> byName.getOrDefault(PypiNames.normalize(n), List.of()));
        String version = Toml.text(dep.get("version"));
        if (version == null || all.size() < 2) {
            return all;
        }
        List<Integer> matching = all.stream().filter(i -> version.equals(Toml.text(packages.get(i).get("version")))).toList();
        return matching.isEmpty() ? all : matching;
    }
}
