package dev.upkeep.inventory.npm;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upkeep.domain.Scope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of a manifest's dependency maps ({@code dependencies}, {@code devDependencies},
 * {@code optionalDependencies}, {@code peerDependencies}), as package.json and the root entries of
 * lockfiles write them.
 *
 * @param name the declared name (an alias's own name, not its target)
 * @param spec the spec as written
 * @param scope which map it is in
 * @param line its 1-based line, or 0
 */
public record DeclaredDependency(String name, String spec, Scope scope, int line) {
    /** The dependency maps and their scopes, in the order npm reads them. */
    public static final Map<String, Scope> MAPS = mapsInOrder();

    public DeclaredDependency {
        requireNonNull(name, "name is null");
        requireNonNull(spec, "spec is null");
        requireNonNull(scope, "scope is null");
    }

    private static Map<String, Scope> mapsInOrder() {
        Map<String, Scope> m = new LinkedHashMap<>();
        m.put("dependencies", Scope.PROD);
        m.put("devDependencies", Scope.DEV);
        m.put("optionalDependencies", Scope.OPTIONAL);
        m.put("peerDependencies", Scope.PEER);
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Every dependency a manifest object declares; lines come from {@code doc} when given. */
    public static List<DeclaredDependency> of(JsonNode manifest, JsonDocument doc, String... prefix) {
        List<DeclaredDependency> out = new ArrayList<>();
        MAPS.forEach((field, scope) -> manifest.path(field).properties().forEach(e -> {
            String[] path = java.util.Arrays.copyOf(prefix, prefix.length + 2);
            path[prefix.length] = field;
            path[prefix.length + 1] = e.getKey();
            out.add(new DeclaredDependency(e.getKey(), e.getValue().asText(""), scope, doc == null ? 0 : doc.line(path)));
        }));
        return out;
    }

    /** One entry per name, keeping the strongest scope (a name in both dependencies and devDependencies is prod). */
    public static Map<String, DeclaredDependency> byName(List<DeclaredDependency> all) {
        Map<String, DeclaredDependency> out = new LinkedHashMap<>();
        for (DeclaredDependency d : all) {
            out.merge(d.name(), d, (a, b) -> a.scope().compareTo(b.scope()) <= 0 ? a : b);
        }
        return out;
    }
}
