package dev.upkeep.inventory.npm.bun;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upkeep.domain.Component;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Problem;
import dev.upkeep.domain.Relation;
import dev.upkeep.domain.Scope;
import dev.upkeep.inventory.Extraction;
import dev.upkeep.inventory.Extractor;
import dev.upkeep.inventory.ExtractorInput;
import dev.upkeep.inventory.FormatException;
import dev.upkeep.inventory.npm.DeclaredDependency;
import dev.upkeep.inventory.npm.DependencyGraph;
import dev.upkeep.inventory.npm.JsonDocument;
import dev.upkeep.inventory.npm.NpmComponents;
import dev.upkeep.inventory.npm.NpmSpec;
import dev.upkeep.inventory.npm.PackageSet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * bun.lock, bun's text lockfile (JSON with trailing commas; lockfile versions 0 and 1). Packages
 * are keyed by install path ({@code parent/child} for a nested copy) and written as tuples
 * {@code ["name@version", registry, {dependencies…}, integrity]}, or {@code ["name@workspace:path"]},
 * {@code ["name@file:path", {…}]}, {@code ["name@github:owner/repo#sha", {…}, tag]}. The workspaces'
 * own dependency maps are the roots; scope follows from them. The binary bun.lockb is not read.
 */
public final class BunLockExtractor implements Extractor {
    @Override
    public String id() {
        return "npm/bun-lock";
    }

    @Override
    public String description() {
        return "bun lockfile (bun.lock, text format): workspaces, aliases, git and file packages";
    }

    @Override
    public boolean wants(String path) {
        return path.equals("bun.lock") || path.endsWith("/bun.lock");
    }

    @Override
    public Extraction extract(ExtractorInput input) throws IOException {
        JsonDocument doc = JsonDocument.parse(input.text(), true);
        JsonNode root = doc.root();
        JsonNode version = root.path("lockfileVersion");
        if (!version.isMissingNode() && !version.isIntegralNumber()) {
            throw new FormatException("lockfileVersion is not a number: " + version, doc.line("lockfileVersion"));
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, BunPackage> packages = new LinkedHashMap<>();
        root.path("packages").properties().forEach(e -> {
            int line = doc.line("packages", e.getKey());
            try {
                packages.put(e.getKey(), BunPackage.of(e.getKey(), e.getValue(), line));
            } catch (FormatException bad) {
                problems.add(new Problem(id(), new Location(input.path(), line),
                        "package '" + e.getKey() + "': " + bad.getMessage() + "; skipped"));
            }
        });
        DependencyGraph<String> graph = new DependencyGraph<>();
        Map<String, String> direct = new HashMap<>();
        root.path("workspaces").properties().forEach(w -> {
            String member = w.getKey().isEmpty() ? null : w.getValue().path("name").asText(null);
            for (DeclaredDependency d : DeclaredDependency.of(w.getValue(), null)) {
                String key = resolve(packages, member, d.name());
                if (key != null) {
                    graph.root(key, d.scope());
                    String range = NpmSpec.parse(d.name(), d.spec()).range();
                    direct.putIfAbsent(key, range.isEmpty() ? null : range);
                }
            }
        });
        packages.forEach((key, p) -> p.dependencies().forEach((name, kind) -> {
            String to = resolve(packages, key, name);
            if (to != null) {
                graph.edge(key, to, kind);
            }
        }));
        Map<String, Scope> scopes = graph.scopes();
        PackageSet set = new PackageSet();
        packages.forEach((key, p) -> {
            String workspaceVersion = p.workspacePath() == null ? null
                    : root.path("workspaces").path(p.workspacePath()).path("version").asText(null);
            Component.Builder b = NpmComponents.locked(p.name(), p.workspacePath() == null ? p.version() : workspaceVersion,
                            p.origin(), input.path(), p.line())
                    .relation(direct.containsKey(key) || p.workspacePath() != null ? Relation.DIRECT : Relation.TRANSITIVE)
                    .scope(scopes.getOrDefault(key, Scope.PROD))
                    .constraint(direct.get(key))
                    .property(NpmComponents.ALIAS, p.alias());
            set.add(b.build());
        });
        return new Extraction(set.components(), List.of(), problems);
    }

    /**
     * The package key that {@code name} required from {@code from} resolves to: the nearest nested
     * copy ({@code from/name}, then each parent path), else the hoisted {@code name}.
     */
    private static String resolve(Map<String, BunPackage> packages, String from, String name) {
        String prefix = from;
        while (prefix != null && !prefix.isEmpty()) {
            String candidate = prefix + "/" + name;
            if (packages.containsKey(candidate)) {
                return candidate;
            }
            int slash = prefix.lastIndexOf('/');
            prefix = slash < 0 ? null : prefix.substring(0, slash);
        }
        return packages.containsKey(name) ? name : null;
    }
}
