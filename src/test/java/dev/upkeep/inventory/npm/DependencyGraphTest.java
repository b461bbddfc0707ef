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
}
