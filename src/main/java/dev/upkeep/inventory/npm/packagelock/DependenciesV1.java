package dev.upkeep.inventory.npm.packagelock;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Relation;
import dev.upkeep.inventory.npm.DeclaredDependency;
import dev.upkeep.inventory.npm.Manifest;
import dev.upkeep.inventory.npm.NpmComponents;
import dev.upkeep.inventory.npm.NpmSpec;
import dev.upkeep.inventory.npm.Origin;
import dev.upkeep.inventory.npm.PackageSet;
import dev.upkeep.inventory.npm.packagelock.LockReader.V1Entry;
import java.util.List;
import java.util.Optional;

/**
 * Lockfile v1: the nested {@code dependencies} tree. It does not say what the project itself
 * depends on, so the package.json beside it (when there is one) decides which top-level packages
 * are direct, and its workspace patterns which {@code file:} packages are workspaces; without it
 * their relation is unknown. Nested packages are always transitive. The
 * {@code version} field holds the source for packages not from the registry ({@code git+ssh://…},
 * {@code file:…}, {@code npm:real@1.0.0} for an alias).
 */
final class DependenciesV1 {
    private DependenciesV1() {}

    static List<Component> components(List<V1Entry> entries, Optional<Manifest> manifest, String file) {
        PackageSet set = new PackageSet();
        for (V1Entry e : entries) {
            String name = e.name();
            String version = e.version() == null ? "" : e.version();
            String alias = null;
            if (version.startsWith("npm:")) {
                NpmSpec spec = NpmSpec.parse(name, version);
                alias = spec.alias();
                name = spec.name();
                version = spec.range();
            }
            Origin origin = !version.isEmpty() && Character.isDigit(version.charAt(0))
                    ? Origin.ofResolved(e.resolved()) : Origin.ofSpec(version);
            String folder = version.startsWith("file:") ? version.substring("file:".length()) : null;
            if (folder != null && manifest.map(m -> m.workspaces().matches(folder)).orElse(false)) {
                origin = Origin.workspace(folder);
            }
            DeclaredDependency declared = e.depth() == 0 ? manifest.map(m -> m.get(e.name())).orElse(null) : null;
            Relation relation = e.depth() > 0 ? Relation.TRANSITIVE
                    : declared != null || origin.type() == Origin.Type.WORKSPACE ? Relation.DIRECT
                    : manifest.isEmpty() ? Relation.UNKNOWN : Relation.TRANSITIVE;
            Component.Builder b = NpmComponents.locked(name, origin.registry() ? version : null, origin, file, e.line())
                    .scope(e.flags().scope())
                    .relation(relation)
                    .property(NpmComponents.ALIAS, alias)
                    .property(NpmComponents.BUNDLED, e.flags().bundled() ? "true" : null);
            if (declared != null) {
                String range = NpmSpec.parse(declared.name(), declared.spec()).range();
                b.constraint(range.isEmpty() ? null : range);
            }
            set.add(b.build());
        }
        return set.components();
    }
}
