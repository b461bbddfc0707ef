package dev.upkeep.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Kind;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Relation;
import dev.upkeep.domain.Scope;
import dev.upkeep.domain.SkipReason;
import java.util.List;
import org.junit.jupiter.api.Test;

class InventoryMergerTest {
    static Component declared(String name, String range, String file, Scope scope) {
        return Component.builder(Ecosystem.NPM, Kind.PACKAGE, name).constraint(range).skipReason(SkipReason.UNPINNED)
                .scope(scope).purl(Purls.of(Ecosystem.NPM, name, null)).location(file, 3).build();
    }

    static Component locked(String name, String version, String file, Relation rel) {
        return Component.builder(Ecosystem.NPM, Kind.PACKAGE, name).version(version).relation(rel)
                .purl(Purls.of(Ecosystem.NPM, name, version)).location(file, 10).build();
    }

    @Test
    void aManifestEntryTakesTheVersionItsLockfileResolved() {
        List<Component> merged = InventoryMerger.merge(List.of(
                declared("react", "^18.2.0", "web/package.json", Scope.PROD),
                locked("react", "18.3.1", "web/package-lock.json", Relation.DIRECT)));
        assertThat(merged).singleElement().satisfies(c -> {
            assertThat(c.version()).isEqualTo("18.3.1");
            assertThat(c.constraint()).isEqualTo("^18.2.0");
            assertThat(c.skipReason()).isNull();
            assertThat(c.locations()).containsExactly(new Location("web/package-lock.json", 10), new Location("web/package.json", 3));
        });
    }

    @Test
    void aWorkspaceMemberUsesTheRootLockfile() {
        List<Component> merged = InventoryMerger.merge(List.of(
                declared("zod", "^3", "packages/api/package.json", Scope.PROD),
                locked("zod", "3.23.8", "package-lock.json", Relation.TRANSITIVE)));
        assertThat(merged).singleElement().satisfies(c -> {
            assertThat(c.version()).isEqualTo("3.23.8");
            assertThat(c.relation()).isEqualTo(Relation.DIRECT);
        });
    }

    @Test
    void aLockfileInAnotherAppIsNotUsed() {
        List<Component> merged = InventoryMerger.merge(List.of(
                declared("react", "^18", "admin/package.json", Scope.DEV),
                locked("react", "18.3.1", "web/package-lock.json", Relation.DIRECT)));
        assertThat(merged).hasSize(2);
        assertThat(merged).filteredOn(c -> c.version() == null).singleElement()
                .extracting(Component::skipReason).isEqualTo(SkipReason.UNPINNED);
    }

    @Test
    void theNearestLockfileWins() {
        List<Component> merged = InventoryMerger.merge(List.of(
                declared("next", "^14", "apps/web/package.json", Scope.PROD),
                locked("next", "13.5.0", "package-lock.json", Relation.TRANSITIVE),
                locked("next", "14.2.3", "apps/web/package-lock.json", Relation.DIRECT)));
        assertThat(merged).filteredOn(c -> c.constraint() != null).singleElement()
                .extracting(Component::version).isEqualTo("14.2.3");
    }

    @Test
    void sameThingTwiceKeepsTheStrongestScopeAndRelation() {
        Component dev = locked("typescript", "5.4.0", "a/package-lock.json", Relation.TRANSITIVE).withScope(Scope.DEV);
        Component prod = locked("typescript", "5.4.0", "b/package-lock.json", Relation.DIRECT);
        assertThat(InventoryMerger.merge(List.of(dev, prod))).singleElement().satisfies(c -> {
            assertThat(c.scope()).isEqualTo(Scope.PROD);
            assertThat(c.relation()).isEqualTo(Relation.DIRECT);
            assertThat(c.locations()).hasSize(2);
        });
    }

    @Test
    void anOverrideAddsItsLocationButKeepsTheLockfilesScope() {
        Component override = declared("is-buffer", "2.0.5", "package.json", Scope.PROD).withProperty("override", "true");
        Component lockedOptional = locked("is-buffer", "2.0.5", "package-lock.json", Relation.TRANSITIVE).withScope(Scope.OPTIONAL);
        assertThat(InventoryMerger.merge(List.of(override, lockedOptional))).singleElement().satisfies(c -> {
            assertThat(c.scope()).isEqualTo(Scope.OPTIONAL);
            assertThat(c.relation()).isEqualTo(Relation.TRANSITIVE);
            assertThat(c.properties()).containsEntry("override", "true");
            assertThat(c.locations()).hasSize(2);
        });
    }

    @Test
    void aGitDependencyJoinsTheLockfilesGitEntryOnly() {
        Component manifestGit = Component.builder(Ecosystem.NPM, Kind.PACKAGE, "lib").constraint("github:acme/lib#v2")
                .skipReason(SkipReason.GIT).purl(Purls.of(Ecosystem.NPM, "lib", null)).location("package.json", 5).build();
        Component lockGit = locked("lib", "2.0.0", "package-lock.json", Relation.DIRECT).withSkipReason(SkipReason.GIT);
        Component registry = locked("lib", "1.0.0", "package-lock.json", Relation.TRANSITIVE);
        List<Component> merged = InventoryMerger.merge(List.of(manifestGit, lockGit, registry));
        assertThat(merged).hasSize(2);
        assertThat(merged).filteredOn(c -> c.skipReason() == SkipReason.GIT).singleElement().satisfies(c -> {
            assertThat(c.version()).isEqualTo("2.0.0");
            assertThat(c.constraint()).isEqualTo("github:acme/lib#v2");
            assertThat(c.locations()).hasSize(2);
        });
    }

    @Test
    void theManifestRangeWinsOverALockfilePinOfTheSameVersion() {
        Component pinned = locked("alembic", "1.12.1", "requirements.txt", Relation.DIRECT).withConstraint("==1.12.1");
        Component declared = declared("alembic", ">=1.11", "pyproject.toml", Scope.PROD);
        assertThat(InventoryMerger.merge(List.of(declared, pinned))).singleElement()
                .extracting(Component::constraint).isEqualTo(">=1.11");
    }
}
