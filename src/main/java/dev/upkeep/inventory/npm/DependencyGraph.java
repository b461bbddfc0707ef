package dev.upkeep.inventory.npm;

import dev.upkeep.domain.Scope;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Works out the scope of every package of a lockfile that does not write it per package (pnpm 9,
 * yarn, bun): the project's own dependencies are the roots, each with its scope, and a package is
 * as strong as the strongest path that reaches it. A path is as weak as its weakest step: a
 * production dependency reached only through a dev dependency is dev, an optional dependency of a
 * production one is optional. Linear in nodes and edges.
 *
 * @param <K> how the lockfile keys a package
 */
public final class DependencyGraph<K> {
    private record Edge<K>(K to, Scope kind) {}

    private final Map<K, List<Edge<K>>> edges = new HashMap<>();
    private final List<Edge<K>> roots = new ArrayList<>();

    /** The project (or one of its workspaces) depends on {@code node} with {@code scope}. */
    public void root(K node, Scope scope) {
        roots.add(new Edge<>(node, scope));
    }

    /** Package {@code from} depends on {@code to}, as a dependency of kind {@code kind}. */
    public void edge(K from, K to, Scope kind) {
        edges.computeIfAbsent(from, k -> new ArrayList<>()).add(new Edge<>(to, kind));
    }

    /** Every package reachable from a root, with its strongest scope. */
    public Map<K, Scope> scopes() {
        Map<K, Scope> out = new HashMap<>();
        for (Scope level : Scope.values()) { // strongest first: a node keeps the first level that reaches it
            Deque<K> queue = new ArrayDeque<>(out.keySet()); // their weaker edges open up at this level
            for (Edge<K> r : roots) {
                if (r.kind().compareTo(level) <= 0 && out.putIfAbsent(r.to(), level) == null) {
                    queue.add(r.to());
                }
            }
            while (!queue.isEmpty()) {
                for (Edge<K> e : edges.getOrDefault(queue.poll(), List.of())) {
                    if (e.kind().compareTo(level) <= 0 && out.putIfAbsent(e.to(), level) == null) {
                        queue.add(e.to());
                    }
                }
            }
        }
        return out;
    }
}
