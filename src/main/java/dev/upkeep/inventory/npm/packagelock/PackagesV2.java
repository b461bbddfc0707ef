package dev.upkeep.inventory.npm.packagelock;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Relation;
import dev.upkeep.inventory.npm.DeclaredDependency;
import dev.upkeep.inventory.npm.NpmComponents;
import dev.upkeep.inventory.npm.NpmSpec;
import dev.upkeep.inventory.npm.Origin;
import dev.upkeep.inventory.npm.PackageSet;
import dev.upkeep.inventory.npm.WorkspaceGlobs;
import dev.upkeep.inventory.npm.packagelock.LockReader.Entry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lockfile v2 and v3: the flat {@code packages} map keyed by install path. Every
 * {@code node_modules/…} entry is a package; a {@code link} entry points at a folder of the
 * repository, which is a workspace when the root's {@code workspaces} patterns match it and a local
 * ({@code file:}) dependency otherwise; its component is located at the link and at the folder's own
 * entry. The root ({@code ""}) and workspace folders are the project
 * itself: not reported, but what they declare is direct, found the way Node resolves a require
 * (the nearest {@code node_modules} upwards).
 */
final class PackagesV2 {
    private static final String NM = "node_modules/";

    private final Map<String, Entry> packages;
    private final String file;

    PackagesV2(Map<String, Entry> packages, String file) {
        this.packages = packages;
        this.file = file;
    }

    List<Component> components() {
        Entry root = packages.get("");
        WorkspaceGlobs globs = new WorkspaceGlobs(root == null ? List.of() : root.workspaces());
        List<String> projectFolders = new ArrayList<>();
        projectFolders.add("");
        for (String path : packages.keySet()) {
            if (!path.isEmpty() && !path.contains(NM) && !globs.isEmpty() && globs.matches(path)) {
                projectFolders.add(path);
            }
        }
        Map<String, DeclaredDependency> direct = new HashMap<>();
        for (String folder : projectFolders) {
            Entry e = packages.get(folder);
            if (e == null) {
                continue;
            }
            for (DeclaredDependency d : DeclaredDependency.byName(e.declares()).values()) {
                String installed = resolve(folder, d.name());
                if (installed != null) {
                    direct.putIfAbsent(installed, d);
                }
            }
        }
        PackageSet set = new PackageSet();
        for (Entry e : packages.values()) {
            int nm = e.path().lastIndexOf(NM);
            if (nm < 0) {
                continue; // the project or one of its folders, described by the link that points at it
            }
            String folderName = e.path().substring(nm + NM.length());
            Component c = component(e, folderName, projectFolders, direct.get(e.path()));
            if (c != null) {
                set.add(c);
            }
        }
        return set.components();
    }

    private Component component(Entry e, String folderName, List<String> projectFolders, DeclaredDependency declared) {
        String name = e.name() != null && !e.link() ? e.name() : folderName;
        String version = e.version();
        Entry target = null;
        Origin origin;
        if (e.link()) {
            if (e.resolved() == null || e.resolved().isEmpty()) {
                return null; // a link to nowhere installs nothing
            }
            target = packages.get(e.resolved());
            version = target == null ? null : target.version();
            origin = projectFolders.contains(e.resolved()) ? Origin.workspace(e.resolved()) : Origin.path(e.resolved());
        } else if (version != null && !Character.isDigit(version.charAt(0))) {
            origin = Origin.ofSpec(version); // an old lockfile writing the source as the version
            if (origin.registry() && version.startsWith("npm:")) {
                NpmSpec alias = NpmSpec.parse(folderName, version);
                name = alias.name();
                version = alias.range();
            }
        } else {
            origin = Origin.ofResolved(e.resolved());
        }
        Component.Builder b = NpmComponents.locked(name, version, origin, file, e.line())
                .scope(e.flags().scope())
                .relation(declared != null || origin.type() == Origin.Type.WORKSPACE ? Relation.DIRECT : Relation.TRANSITIVE)
                .property(NpmComponents.ALIAS, name.equals(folderName) ? null : folderName)
                .property(NpmComponents.BUNDLED, e.flags().bundled() ? "true" : null)
                .property(NpmComponents.EXTRANEOUS, e.flags().extraneous() ? "true" : null);
        if (declared != null) {
            String range = NpmSpec.parse(declared.name(), declared.spec()).range();
            b.constraint(range.isEmpty() ? null : range);
        }
        if (target != null) {
            b.location(new Location(file, target.line())); // the folder's own entry, where its version is written
        }
        return b.build();
    }

    /** Where Node finds {@code name} required from {@code folder}: the nearest node_modules upwards. */
    private String resolve(String folder, String name) {
        String dir = folder;
        while (true) {
            String candidate = (dir.isEmpty() ? "" : dir + "/") + NM + name;
            if (packages.containsKey(candidate)) {
                return candidate;
            }
            if (dir.isEmpty()) {
                return null;
            }
            int slash = dir.lastIndexOf('/');
            dir = slash < 0 ? "" : dir.substring(0, slash);
        }
    }
}
