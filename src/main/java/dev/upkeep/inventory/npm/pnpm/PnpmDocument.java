package dev.upkeep.inventory.npm.pnpm;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Problem;
import dev.upkeep.domain.Relation;
import dev.upkeep.domain.Scope;
import dev.upkeep.inventory.FormatException;
import dev.upkeep.inventory.npm.DependencyGraph;
import dev.upkeep.inventory.npm.NpmComponents;
import dev.upkeep.inventory.npm.NpmSpec;
import dev.upkeep.inventory.npm.Origin;
import dev.upkeep.inventory.npm.PackageSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One pnpm lockfile document. A package is DIRECT when a project lists it, else TRANSITIVE. Its
 * scope comes from the {@code dev} and {@code optional} flags (v5, v6) or, since v9 dropped them,
 * from walking {@code snapshots} from each project's dependencies. Peer variants of one version
 * (pnpm installs a copy per peer set) are one component listing its {@link NpmComponents#PEER_SETS}.
 * A {@code link:} to another project of the workspace is a WORKSPACE component, to any other
 * folder a PATH one.
 */
final class PnpmDocument {
    /** A {@code packages} entry, read. */
    private record Pkg(String key, String name, String version, Origin origin, int line, YamlValue node) {}

    private static final java.util.regex.Pattern PATCH_HASH = java.util.regex.Pattern.compile("\\(patch_hash=[^)]*\\)");

    private final YamlValue doc;
    private final String file;
    private final String source;
    private final int major;
    private final Map<String, Pkg> packages = new LinkedHashMap<>();
    /** Package key → the snapshots (v9) or packages entries (v5, v6: the key itself) that install it. */
    private final Map<String, List<Yaml.Entry>> variants = new LinkedHashMap<>();
    /** Snapshot or package key → the projects' declarations that resolve to it. */
    private final Map<String, List<Importers.Dep>> direct = new HashMap<>();
    private final Map<Identity, TreeSet<String>> peerSets = new HashMap<>();

    /** One package and version from one source: what its peer variants have in common. */
    private record Identity(String name, String version, Origin origin) {
        Identity(Pkg p) {
            this(p.name(), p.version(), p.origin());
        }
    }

    PnpmDocument(YamlValue doc, String file, String source) {
        this.doc = doc;
        this.file = file;
        this.source = source;
        String version = Yaml.text(doc, "lockfileVersion");
        if (version == null || !version.matches("\\d+(\\.\\d+)*")) {
            throw new FormatException("no lockfileVersion: not a pnpm lockfile", 1);
        }
        this.major = Integer.parseInt(version.split("\\.")[0]);
    }

    void read(PackageSet set, List<Problem> problems) {
        for (Yaml.Entry e : Yaml.entries(Yaml.get(doc, "packages"))) {
            Pkg p = pkg(e);
            if (p == null) {
                String why = Origin.ofSpec(e.key()).registry() ? "invalid dependency path: " + e.key()
                        : "package " + e.key() + " has no name";
                problems.add(new Problem(source, new Location(file, e.line()), why + "; skipped"));
            } else {
                packages.put(e.key(), p);
            }
        }
        readVariants();
        Map<String, List<Importers.Dep>> importers = Importers.read(doc);
        DependencyGraph<String> graph = new DependencyGraph<>();
        for (List<Importers.Dep> deps : importers.values()) {
            for (Importers.Dep d : deps) {
                if (d.ref().startsWith("link:")) {
                    set.add(link(d, importers.keySet()));
                } else {
                    String key = Importers.key(d.name(), d.ref(), major);
                    direct.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
                    graph.root(key, d.scope());
                }
            }
        }
        if (major >= 9) {
            variants.values().forEach(list -> list.forEach(v -> edges(graph, v)));
        }
        Map<String, Scope> reached = major >= 9 ? graph.scopes() : Map.of();
        Set<String> patched = new java.util.HashSet<>();
        Yaml.entries(Yaml.get(doc, "patchedDependencies")).forEach(e -> patched.add(e.key())); // name or name@version
        for (Pkg p : packages.values()) {
            set.add(component(p, reached, patched));
        }
    }

    private Component component(Pkg p, Map<String, Scope> reached, Set<String> patched) {
        List<Importers.Dep> declaredAs = new ArrayList<>();
        Scope scope = null;
        boolean patch = !patched.isEmpty() && (patched.contains(p.name()) || patched.contains(p.name() + "@" + p.version()));
        for (Yaml.Entry v : variants.get(p.key())) {
            patch |= v.key().contains("(patch_hash=");
            declaredAs.addAll(direct.getOrDefault(v.key(), List.of()));
            Scope s = major >= 9 ? reached.get(v.key()) : flags(p.node());
            scope = s == null ? scope : scope == null ? s : scope.strongest(s);
        }
        Importers.Dep declared = declaredAs.isEmpty() ? null : declaredAs.stream().filter(d -> d.name().equals(p.name())).findFirst()
                .orElse(declaredAs.get(0)); // its own name before an alias
        TreeSet<String> sets = peerSets.get(new Identity(p));
        return NpmComponents.locked(p.name(), p.version(), p.origin(), file, p.line())
                .relation(declared != null ? Relation.DIRECT : Relation.TRANSITIVE)
                .scope(scope == null ? Scope.PROD : scope)
                .constraint(declared == null ? null : constraint(declared))
                .property(NpmComponents.ALIAS, declared == null || declared.name().equals(p.name()) ? null : declared.name())
                .property(NpmComponents.PATCHED, patch ? "true" : null)
                .property(NpmComponents.PEER_SETS, sets.size() > 1 || !sets.contains("()") ? String.join(" ", sets) : null)
                .build();
    }

    private Pkg pkg(Yaml.Entry e) {
        DepPath path = DepPath.parse(e.key(), major);
        String name = Yaml.text(e.value(), "name");
        String version = Yaml.text(e.value(), "version");
        if (name == null && path == null) {
            return null;
        }
        name = name != null ? name : path.name();
        version = version != null ? version : path != null && path.registry() ? path.version() : null;
        Origin origin = path != null && path.registry() ? Origin.REGISTRY : origin(Yaml.get(e.value(), "resolution"), e.key());
        return new Pkg(e.key(), name, version, origin, e.line(), e.value());
    }

    /** Where a package not keyed by a registry version comes from, by its {@code resolution}. */
    private static Origin origin(YamlValue resolution, String key) {
        String repo = Yaml.text(resolution, "repo");
        String commit = Yaml.text(resolution, "commit");
        String directory = Yaml.text(resolution, "directory");
        String tarball = Yaml.text(resolution, "tarball");
        if (repo != null && commit != null) {
            return Origin.git(repo + "#" + commit);
        }
        if (directory != null) {
            return Origin.path(directory);
        }
        if (tarball != null) {
            if (tarball.startsWith("file:")) {
                return Origin.path(tarball);
            }
            Origin o = Origin.ofResolved(tarball);
            return o.registry() ? new Origin(Origin.Type.URL, tarball, null) : o; // the project asked for this URL
        }
        return Origin.ofSpec(key);
    }

    /** Fills {@link #variants} and the peer sets of each package and version. */
    private void readVariants() {
        YamlValue snapshots = Yaml.get(doc, "snapshots");
        if (major >= 9 && snapshots != null) {
            for (Yaml.Entry s : Yaml.entries(snapshots)) {
                String key = DepPath.withoutPeers(s.key());
                if (packages.containsKey(key)) {
                    variants.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
                }
            }
        }
        for (Pkg p : packages.values()) {
            variants.computeIfAbsent(p.key(), k -> new ArrayList<>(List.of(new Yaml.Entry(p.key(), p.line(), p.node()))));
            for (Yaml.Entry v : variants.get(p.key())) {
                peerSets.computeIfAbsent(new Identity(p), k -> new TreeSet<>()).add(peers(v.key()));
            }
        }
    }

    private void edges(DependencyGraph<String> graph, Yaml.Entry from) {
        edges(graph, from.key(), Yaml.get(from.value(), "dependencies"), Scope.PROD);
        edges(graph, from.key(), Yaml.get(from.value(), "optionalDependencies"), Scope.OPTIONAL);
    }

    private void edges(DependencyGraph<String> graph, String from, YamlValue deps, Scope kind) {
        Yaml.forEach(deps, (name, value) -> {
            String ref = Yaml.text(value);
            if (ref != null && !ref.startsWith("link:")) {
                graph.edge(from, Importers.key(name, ref, major), kind);
            }
        });
    }

    /** v5 and v6 flags: {@code dev: true} only in development, {@code dev: false} only in production, none for both. */
    private static Scope flags(YamlValue node) {
        if (Yaml.isTrue(node, "dev")) {
            return Scope.DEV;
        }
        return Yaml.isTrue(node, "optional") ? Scope.OPTIONAL : Scope.PROD;
    }

    /** The peer set of one variant, {@code ()} for none; a patch hash pnpm writes in the same place is no peer. */
    private String peers(String key) {
        if (major >= 6 && key.indexOf('(') < 0) {
            return "()"; // no suffix: most keys, and worth not parsing
        }
        DepPath p = DepPath.parse(key, major);
        String peers = p == null ? "" : p.peers().contains("patch_hash=") ? PATCH_HASH.matcher(p.peers()).replaceAll("") : p.peers();
        return peers.isEmpty() ? "()" : peers;
    }

    private Component link(Importers.Dep d, Set<String> projects) {
        String target = normalise(d.importer(), d.ref().substring("link:".length()));
        Origin origin = projects.contains(target) ? Origin.workspace(target) : Origin.path(d.ref().substring("link:".length()));
        return NpmComponents.locked(d.name(), null, origin, file, d.line())
                .relation(Relation.DIRECT).scope(d.scope()).constraint(constraint(d)).build();
    }

    /** What a project asks for, on the real package: {@code npm:ms@2.0.0} constrains ms to {@code 2.0.0}. */
    private static String constraint(Importers.Dep d) {
        if (d.specifier() == null) {
            return null;
        }
        String range = NpmSpec.parse(d.name(), d.specifier()).range();
        return range.isEmpty() ? null : range;
    }

    /** A project-relative folder: {@code packages/app} + {@code ../lib} → {@code packages/lib}. */
    static String normalise(String from, String relative) {
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (String part : ((from.equals(".") ? "" : from + "/") + relative).split("/")) {
            if (part.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.removeLast();
                } else {
                    parts.addLast(part);
                }
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return parts.isEmpty() ? "." : String.join("/", parts);
    }
}
