package dev.upkeep.inventory.npm.packagejson;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upkeep.domain.Component;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Problem;
import dev.upkeep.domain.Relation;
import dev.upkeep.domain.Scope;
import dev.upkeep.inventory.Extraction;
import dev.upkeep.inventory.Extractor;
import dev.upkeep.inventory.ExtractorInput;
import dev.upkeep.inventory.npm.DeclaredDependency;
import dev.upkeep.inventory.npm.JsonDocument;
import dev.upkeep.inventory.npm.NpmComponents;
import dev.upkeep.inventory.npm.NpmSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * package.json: every dependency map, {@code engines}, {@code devEngines}, {@code packageManager}
 * and the overrides of npm, yarn and pnpm. A dependency keeps its declared constraint; its version
 * is set only when the spec pins one exactly, otherwise its skip reason says why (unpinned, git,
 * path, URL, workspace) and a lockfile found beside or above it supplies the version later.
 */
public final class PackageJsonExtractor implements Extractor {
    @Override
    public String id() {
        return "npm/package-json";
    }

    @Override
    public String description() {
        return "npm manifest (package.json): dependencies of every kind, engines, packageManager, overrides";
    }

    @Override
    public boolean wants(String path) {
        return path.equals("package.json") || path.endsWith("/package.json");
    }

    @Override
    public Extraction extract(ExtractorInput input) throws IOException {
        JsonDocument doc = JsonDocument.parse(input.text(), false);
        JsonNode root = doc.root();
        String file = input.path();
        List<Component> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> bundled = bundled(root);
        for (String map : DeclaredDependency.MAPS.keySet()) {
            JsonNode node = root.path(map);
            if (!node.isMissingNode() && !node.isObject()) {
                problems.add(new Problem(id(), new Location(file, doc.line(map)), map + " is not an object; ignored"));
            }
        }
        for (DeclaredDependency d : DeclaredDependency.of(root, doc)) {
            NpmSpec spec = NpmSpec.parse(d.name(), d.spec());
            Component.Builder b = NpmComponents.declared(spec, file, d.line()).scope(d.scope()).relation(Relation.DIRECT);
            if (d.spec().startsWith("catalog:")) {
                String catalog = d.spec().substring("catalog:".length());
                b.property("catalog", catalog.isEmpty() ? "default" : catalog);
            }
            if (bundled.contains(d.name()) || bundled.contains("*") && d.scope() == Scope.PROD) {
                b.property(NpmComponents.BUNDLED, "true");
            }
            if (root.path("peerDependenciesMeta").path(d.name()).path("optional").asBoolean(false)) {
                b.property("optionalPeer", "true");
            }
            out.add(b.build());
        }
        out.addAll(Tools.of(root, doc, file, problems, id()));
        out.addAll(new Overrides(root, doc, file).components());
        return new Extraction(out, List.of(), problems);
    }

    /** bundleDependencies (either spelling): a list of names, or true for all of them ("*"). */
    private static Set<String> bundled(JsonNode root) {
        Set<String> out = new HashSet<>();
        for (String field : List.of("bundleDependencies", "bundledDependencies")) {
            JsonNode b = root.path(field);
            if (b.isBoolean() && b.asBoolean()) {
                out.add("*");
            }
            b.forEach(n -> out.add(n.asText()));
        }
        return out;
    }
}
