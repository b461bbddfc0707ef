package dev.upkeep.inventory.npm.yarn;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Relation;
import dev.upkeep.domain.Scope;
import dev.upkeep.inventory.Extraction;
import dev.upkeep.inventory.Extractor;
import dev.upkeep.inventory.ExtractorInput;
import dev.upkeep.inventory.npm.DeclaredDependency;
import dev.upkeep.inventory.npm.DependencyGraph;
import dev.upkeep.inventory.npm.Manifest;
import dev.upkeep.inventory.npm.NpmComponents;
import dev.upkeep.inventory.npm.NpmSpec;
import dev.upkeep.inventory.npm.PackageSet;
import dev.upkeep.inventory.npm.yarn.YarnLockParser.Entry;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * yarn.lock, classic (v1) and berry (v2 to v4). Neither writes dev or optional flags, and classic
 * does not even say what the project depends on, so both read the package.json of the project (and,
 * for berry, of each workspace) through {@link ExtractorInput#open} and walk the lockfile from
 * there: a package is DIRECT when a manifest lists it, TRANSITIVE when reached from one, and of
 * UNKNOWN relation (scope prod) when no manifest reaches it.
 */
public final class YarnLockExtractor implements Extractor {
    @Override
    public String id() {
        return "npm/yarn-lock";
    }

    @Override
    public String description() {
        return "yarn lockfile (yarn.lock classic v1 and berry v2+): aliases, git, file, patch and workspace entries";
    }

    @Override
    public boolean wants(String path) {
        return path.equals("yarn.lock") || path.endsWith("/yarn.lock");
    }

    @Override
    public Extraction extract(ExtractorInput input) throws IOException {
        List<Entry> entries = YarnLockParser.parse(input.text());
        boolean berry = entries.stream().anyMatch(e -> e.descriptors().contains("__metadata"));
        Map<String, Integer> byDescriptor = new HashMap<>();
        YarnPackage[] packages = new YarnPackage[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (!e.descriptors().contains("__metadata")) {
                packages[i] = berry ? YarnPackage.berry(e) : YarnPackage.classic(e);
                for (String d : e.descriptors()) {
                    byDescriptor.put(d, i);
                    int binding = d.indexOf("::");
                    if (binding > 0) {
                        byDescriptor.putIfAbsent(d.substring(0, binding), i); // file:x::locator=… is asked for as file:x
                    }
                }
            }
        }
        DependencyGraph<Integer> graph = new DependencyGraph<>();
        Map<Integer, String> direct = new HashMap<>();
        roots(input, berry, entries, packages, byDescriptor, graph, direct);
        for (int i = 0; i < entries.size(); i++) {
            YarnLockParser.Node deps = entries.get(i).node().block("dependencies");
            YarnLockParser.Node meta = entries.get(i).node().block("dependenciesMeta");
            for (YarnLockParser.Node d : deps.children().values()) {
                Integer to = find(byDescriptor, d.key(), d.value());
                boolean optional = "true".equals(meta.block(d.key()).get("optional"));
                if (to != null) {
                    graph.edge(i, to, optional ? Scope.OPTIONAL : Scope.PROD);
                }
            }
            for (YarnLockParser.Node d : entries.get(i).node().block("optionalDependencies").children().values()) {
                Integer to = find(byDescriptor, d.key(), d.value());
                if (to != null) {
                    graph.edge(i, to, Scope.OPTIONAL);
                }
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
            Component.Builder b = p.builder(input.path())
                    .relation(relation)
                    .scope(scopes.getOrDefault(i, Scope.PROD))
                    .constraint(direct.get(i));
            set.add(b.build());
        }
        return Extraction.of(set.components());
    }

    /** Marks what the project's manifests declare as the roots of the graph. */
    private static void roots(ExtractorInput input, boolean berry, List<Entry> entries, YarnPackage[] packages,
            Map<String, Integer> byDescriptor, DependencyGraph<Integer> graph, Map<Integer, String> direct) {
        if (berry) {
            for (int i = 0; i < packages.length; i++) {
                if (packages[i] == null || packages[i].workspacePath() == null) {
                    continue;
                }
                String folder = packages[i].workspacePath();
                Optional<Manifest> manifest = Manifest.read(input, folder.equals(".") ? "package.json" : folder + "/package.json");
                for (YarnLockParser.Node d : entries.get(i).node().block("dependencies").children().values()) {
                    Integer to = find(byDescriptor, d.key(), d.value());
                    if (to != null) {
                        DeclaredDependency declared = manifest.map(m -> m.get(d.key())).orElse(null);
                        graph.root(to, declared == null ? Scope.PROD : declared.scope());
                        direct.putIfAbsent(to, NpmSpec.parse(d.key(), d.value()).range());
                    }
                }
            }
            return;
        }
        Optional<Manifest> manifest = Manifest.read(input, "package.json");
        for (DeclaredDependency d : manifest.map(m -> m.dependencies().values()).orElse(List.of())) {
            Integer to = find(byDescriptor, d.name(), d.spec());
            if (to != null) {
                graph.root(to, d.scope());
                direct.putIfAbsent(to, NpmSpec.parse(d.name(), d.spec()).range());
            }
        }
    }

    /** The entry a dependency {@code name: range} resolves to; berry writes {@code npm:} in keys but not always in values. */
    private static Integer find(Map<String, Integer> byDescriptor, String name, String range) {
        Integer i = byDescriptor.get(name + "@" + range);
        return i != null ? i : byDescriptor.get(name + "@npm:" + range);
    }
}
