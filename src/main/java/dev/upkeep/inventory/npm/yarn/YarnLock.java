package dev.upkeep.inventory.npm.yarn;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Problem;
import dev.upkeep.domain.Relation;
import dev.upkeep.domain.Scope;
import dev.upkeep.inventory.ExtractorInput;
import dev.upkeep.inventory.FormatException;
import dev.upkeep.inventory.npm.DeclaredDependency;
import dev.upkeep.inventory.npm.DependencyGraph;
import dev.upkeep.inventory.npm.Manifest;
import dev.upkeep.inventory.npm.PackageSet;
import dev.upkeep.inventory.npm.yarn.YarnLockParser.Entry;
import dev.upkeep.inventory.npm.yarn.YarnLockParser.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed yarn.lock as a graph: every descriptor ({@code lodash@^4.17.0}) points at the entry
 * that resolves it, each entry's {@code dependencies} are edges, and the manifests' dependencies are
 * the roots.
 */
final class YarnLock {
    private final List<Entry> entries;
    private final boolean berry;
    private final YarnPackage[] packages;
    private final Map<String, Integer> byDescriptor = new HashMap<>();
    private final DependencyGraph<Integer> graph = new DependencyGraph<>();
    private final Map<Integer, String> direct = new HashMap<>();
    private final String file;
    private final String source;
    private final List<Problem> problems = new ArrayList<>();

    YarnLock(List<Entry> entries, String file, String source) {
        this.entries = entries;
        this.file = file;
        this.source = source;
        this.berry = entries.stream().anyMatch(YarnLock::metadata);
        this.packages = new YarnPackage[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (metadata(e)) {
                continue;
            }
            try {
                packages[i] = berry ? YarnPackage.berry(e) : YarnPackage.classic(e);
            } catch (FormatException bad) {
                problems.add(new Problem(source, new Location(file, bad.line()), bad.getMessage() + "; skipped"));
                continue;
            }
            for (String d : e.descriptors()) {
                byDescriptor.put(d, i);
                int binding = d.indexOf("::");
                if (binding > 0) {
                    byDescriptor.putIfAbsent(d.substring(0, binding), i); // file:x::locator=… is asked for as file:x
                }
            }
        }
    }

    private static boolean metadata(Entry e) {
        return e.descriptors().contains("__metadata");
    }

    /** Entries that could not be read, each skipped. */
    List<Problem> problems() {
        return problems;
    }

    List<Component> components(ExtractorInput input) {
        roots(input);
        for (int i = 0; i < entries.size(); i++) {
            Node node = entries.get(i).node();
            Node meta = node.block("dependenciesMeta");
            for (Node d : node.block("dependencies").children().values()) {
                edge(i, d, "true".equals(meta.block(d.key()).get("optional")) ? Scope.OPTIONAL : Scope.PROD);
            }
            for (Node d : node.block("optionalDependencies").children().values()) {
                edge(i, d, Scope.OPTIONAL);
            }
        }
        Map<Integer, Scope> scopes = graph.scopes();
        PackageSet set = new PackageSet();
        for (int i = 0; i < packages.length; i++) {
            YarnPackage p = packages[i];
            if (p == null || p.projectRoot()) {
                continue;
            }
            Relation relation = direct.containsKey(i) || p.workspacePath() != null ? Relation.DIRECT
                    : scopes.containsKey(i) ? Relation.TRANSITIVE : Relation.UNKNOWN;
            set.add(p.builder(file).relation(relation).scope(scopes.getOrDefault(i, Scope.PROD))
                    .constraint(direct.get(i)).build());
        }
        return set.components();
    }

    private void edge(int from, Node dependency, Scope kind) {
        Integer to = find(dependency.key(), dependency.value());
        if (to != null) {
            graph.edge(from, to, kind);
        }
    }

    /**
     * The roots: berry's workspace entries list what each workspace depends on, dev dependencies
     * included, so their manifests say which is which; classic's lockfile lists nothing, so the
     * project's package.json is the only source.
     */
    private void roots(ExtractorInput input) {
        if (!berry) {
            Manifest.read(input, "package.json").ifPresent(m -> m.dependencies().values()
                    .forEach(d -> root(d.name(), d.spec(), d.scope())));
            return;
        }
        for (int i = 0; i < packages.length; i++) {
            String folder = packages[i] == null ? null : packages[i].workspacePath();
            if (folder == null) {
                continue;
            }
            Optional<Manifest> manifest = Manifest.read(input, folder.equals(".") ? "package.json" : folder + "/package.json");
            Node node = entries.get(i).node();
            for (Node d : node.block("dependencies").children().values()) {
                DeclaredDependency declared = manifest.map(m -> m.get(d.key())).orElse(null);
                boolean optional = "true".equals(node.block("dependenciesMeta").block(d.key()).get("optional"));
                root(d.key(), d.value(), declared != null ? declared.scope() : optional ? Scope.OPTIONAL : Scope.PROD);
            }
        }
    }

    private void root(String name, String range, Scope scope) {
        Integer to = find(name, range);
        if (to != null) {
            graph.root(to, scope);
            direct.putIfAbsent(to, YarnPackage.constraint(name, range));
        }
    }

    /** The entry a dependency {@code name: range} resolves to; berry writes {@code npm:} in keys but not always in values. */
    private Integer find(String name, String range) {
        Integer i = byDescriptor.get(name + "@" + range);
        return i != null ? i : byDescriptor.get(name + "@npm:" + range);
    }
}
