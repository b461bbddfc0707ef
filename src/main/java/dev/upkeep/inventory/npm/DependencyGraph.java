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

    /**
     * Every package reachable from a root, with its strongest scope: the weakest step of its
     * strongest path. Paths are taken strongest first (one queue per scope), so each package is
     * settled once, by the first queue that reaches it.
     */
    public Map<K, Scope> scopes() {
        Scope[] levels = Scope.values();
        List<Deque<K>> queues = new ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            queues.add(new ArrayDeque<>());
        }
        for (Edge<K> r : roots) {
            queues.get(r.kind().ordinal()).add(r.to());
        }
        Map<K, Scope> out = new HashMap<>();
        for (int level = 0; level < levels.length; level++) {
            Deque<K> queue = queues.get(level);
            while (!queue.isEmpty()) {
                K node = queue.poll();
                if (out.putIfAbsent(node, levels[level]) != null) {
                    continue; // settled by a stronger path
                }
                for (Edge<K> e : edges.getOrDefault(node, List.of())) {
                    queues.get(Math.max(level, e.kind().ordinal())).add(e.to());
                }
            }
        }
        return out;
    }
}
