package dev.upkeep.inventory.npm.pnpm;

import dev.upkeep.domain.Scope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The projects of a pnpm lockfile (the root, and every workspace package under {@code importers})
 * and what each depends on directly. v5 writes the resolved reference as the value and the spec
 * under {@code specifiers}; v6 and v9 write {@code {specifier, version}}. A lockfile without
 * {@code importers} has one project, the root, described at the top level.
 */
final class Importers {
    /** One direct dependency of one project. */
    record Dep(String importer, String name, String specifier, String ref, Scope scope, int line) {}

    private static final Map<String, Scope> MAPS = Map.of(
            "dependencies", Scope.PROD, "devDependencies", Scope.DEV, "optionalDependencies", Scope.OPTIONAL);
    /** What pnpm 11 records about its own installation: not the project's dependencies. */
    private static final Set<String> TOOLING = Set.of("configDependencies", "packageManagerDependencies");

    private Importers() {}

    /** Project path ({@code .}, {@code packages/app}) → its direct dependencies. */
    static Map<String, List<Dep>> read(YamlValue doc) {
        Map<String, List<Dep>> out = new LinkedHashMap<>();
        YamlValue importers = Yaml.get(doc, "importers");
        if (importers == null) {
            out.put(".", deps(".", doc));
        } else {
            for (Yaml.Entry e : Yaml.entries(importers)) {
                out.put(e.key(), deps(e.key(), e.value()));
            }
        }
        return out;
    }

    /** pnpm 11's first document, which locks pnpm itself and holds no project dependency. */
    static boolean onlyTooling(YamlValue doc) {
        List<Yaml.Entry> importers = Yaml.entries(Yaml.get(doc, "importers"));
        return !importers.isEmpty() && importers.stream().allMatch(i -> Yaml.entries(i.value()).stream()
                .allMatch(f -> TOOLING.contains(f.key())));
    }

    private static List<Dep> deps(String importer, YamlValue project) {
        YamlValue specifiers = Yaml.get(project, "specifiers");
        List<Dep> out = new ArrayList<>();
        for (String map : List.of("dependencies", "devDependencies", "optionalDependencies")) {
            for (Yaml.Entry e : Yaml.entries(Yaml.get(project, map))) {
                String ref = Yaml.text(e.value());
                String specifier = Yaml.text(specifiers, e.key());
                if (ref == null) {
                    ref = Yaml.text(e.value(), "version");
                    specifier = Yaml.text(e.value(), "specifier");
                }
                if (ref != null) {
                    out.add(new Dep(importer, e.key(), specifier, ref, MAPS.get(map), e.line()));
                }
            }
        }
        return out;
    }

    /**
     * Whether a v9 reference names its package ({@code string-width@4.2.0}, {@code @scope/a@1.0.0}):
     * an alias. By hand rather than a regex, since it runs once per dependency edge.
     */
    static boolean aliased(String ref) {
        int i = 0;
        if (ref.startsWith("@")) {
            int slash = 1;
            while (slash < ref.length() && ref.charAt(slash) != '/' && ref.charAt(slash) != '@') {
                slash++;
            }
            if (slash == 1 || slash >= ref.length() || ref.charAt(slash) != '/') {
                return false;
            }
            i = slash + 1;
        }
        int at = i;
        while (at < ref.length() && ref.charAt(at) != '/' && ref.charAt(at) != '@' && ref.charAt(at) != ':') {
            at++;
        }
        return at > i && at < ref.length() && ref.charAt(at) == '@';
    }

    /**
     * The {@code packages} key (v5, v6) or {@code snapshots} key (v9) a reference points at:
     * {@code 1.0.0_peer@1} under name {@code a} is {@code /a/1.0.0_peer@1} in v5; an alias
     * ({@code /b/1.0.0}, {@code b@1.0.0}) or a non-registry path ({@code github.com/…},
     * {@code file:…}) is the key itself.
     */
    static String key(String name, String ref, int major) {
        if (ref.startsWith("/")) {
            return ref;
        }
        String base = DepPath.withoutPeers(ref);
        if (major >= 9) {
            return aliased(base) ? ref : name + "@" + ref;
        }
        if (base.contains("/") || base.contains(":") || base.startsWith("@")) {
            return ref;
        }
        return major < 6 ? "/" + name + "/" + ref : "/" + name + "@" + ref;
    }
}
