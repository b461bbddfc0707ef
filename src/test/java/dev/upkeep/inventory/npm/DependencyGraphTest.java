package dev.upkeep.inventory.npm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.domain.Scope;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DependencyGraphTest {
    @Test
    void aPackageIsAsStrongAsItsStrongestPathAndAPathAsWeakAsItsWeakestStep() {
        DependencyGraph<String> g = new DependencyGraph<>();
        g.root("app-dep", Scope.PROD);
        g.root("test-dep", Scope.DEV);
        g.edge("app-dep", "shared", Scope.PROD);
        g.edge("test-dep", "shared", Scope.PROD);
        g.edge("test-dep", "only-tests", Scope.PROD);
        g.edge("app-dep", "native", Scope.OPTIONAL);
        g.edge("native", "native-helper", Scope.PROD);
        g.edge("only-tests", "native-helper", Scope.PROD);
        g.edge("cycle-a", "cycle-b", Scope.PROD);
        g.edge("cycle-b", "cycle-a", Scope.PROD);
        assertThat(g.scopes()).as("scopes()").isEqualTo(Map.of(
                "app-dep", Scope.PROD, "test-dep", Scope.DEV, "shared", Scope.PROD, "only-tests", Scope.DEV,
                "native", Scope.OPTIONAL, "native-helper", Scope.OPTIONAL));
    }

    @Test
    void survivesCyclesReachableFromARoot() {
        DependencyGraph<String> g = new DependencyGraph<>();
        g.root("a", Scope.PEER);
        g.edge("a", "b", Scope.PROD);
        g.edge("b", "a", Scope.PROD);
        assertThat(g.scopes()).as("scopes() of a cycle").isEqualTo(Map.of("a", Scope.PEER, "b", Scope.PEER));
    }

    /** Random graphs against the definition, computed the slow way: relax every edge until nothing changes. */
    @Test
    void matchesTheDefinitionOnRandomGraphs() {
        java.util.Random random = new java.util.Random(7);
        Scope[] scopes = Scope.values();
        for (int round = 0; round < 200; round++) {
            int nodes = 1 + random.nextInt(12);
            DependencyGraph<Integer> g = new DependencyGraph<>();
            Map<Integer, Scope> expected = new java.util.HashMap<>();
            java.util.List<int[]> edges = new java.util.ArrayList<>();
            for (int r = random.nextInt(3); r >= 0; r--) {
                int node = random.nextInt(nodes);
                Scope s = scopes[random.nextInt(scopes.length)];
                g.root(node, s);
                expected.merge(node, s, Scope::strongest);
            }
            for (int e = random.nextInt(3 * nodes); e > 0; e--) {
                int[] edge = {random.nextInt(nodes), random.nextInt(nodes), random.nextInt(scopes.length)};
                edges.add(edge);
                g.edge(edge[0], edge[1], scopes[edge[2]]);
            }
            for (boolean changed = true; changed; ) {
                changed = false;
                for (int[] e : edges) {
                    Scope from = expected.get(e[0]);
                    if (from != null) {
                        Scope via = scopes[Math.max(from.ordinal(), e[2])];
                        Scope old = expected.get(e[1]);
                        if (old == null || via.compareTo(old) < 0) {
                            expected.put(e[1], via);
                            changed = true;
                        }
                    }
                }
            }
            assertThat(g.scopes()).as("scopes() of random graph %d", round).isEqualTo(expected);
        }
    }
}
