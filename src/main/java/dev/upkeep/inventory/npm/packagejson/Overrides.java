package dev.upkeep.inventory.npm.packagejson;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upkeep.domain.Component;
import dev.upkeep.domain.Relation;
import dev.upkeep.inventory.npm.JsonDocument;
import dev.upkeep.inventory.npm.NpmComponents;
import dev.upkeep.inventory.npm.NpmSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The versions a project forces on its dependency tree: npm {@code overrides} (nested objects,
 * {@code "."} for the package itself, {@code "$name"} references), yarn {@code resolutions}
 * ({@code "**}{@code /a/b"} paths) and {@code pnpm.overrides} ({@code "a@1>b"} selectors).
 *
 * <p>Each becomes a component of the overridden package, relation transitive, with property
 * {@code override=true} and, when the override applies only below some package,
 * {@code overrideParent}. An exact override carries its version, so it merges with the lockfile's
 * component of that version and marks it as forced; a ranged one is unpinned like any manifest entry.
 */
final class Overrides {
    private final JsonNode root;
    private final JsonDocument doc;
    private final String file;
    private final List<Component> out = new ArrayList<>();

    Overrides(JsonNode root, JsonDocument doc, String file) {
        this.root = root;
        this.doc = doc;
        this.file = file;
    }

    List<Component> components() {
        npm(root.path("overrides"), "", List.of("overrides"));
        for (Map.Entry<String, JsonNode> e : root.path("resolutions").properties()) {
            List<String> names = yarnPath(e.getKey());
            add(names.get(names.size() - 1), String.join(" > ", names.subList(0, names.size() - 1)), e.getValue(),
                    doc.line("resolutions", e.getKey()));
        }
        for (Map.Entry<String, JsonNode> e : root.path("pnpm").path("overrides").properties()) {
            String[] chain = e.getKey().split(">");
            List<String> parents = new ArrayList<>();
            for (int i = 0; i < chain.length - 1; i++) {
                parents.add(NpmSpec.splitNameAt(chain[i].strip())[0]);
            }
            add(NpmSpec.splitNameAt(chain[chain.length - 1].strip())[0], String.join(" > ", parents), e.getValue(),
                    doc.line("pnpm", "overrides", e.getKey()));
        }
        return out;
    }

    private void npm(JsonNode node, String parent, List<String> path) {
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            List<String> here = new ArrayList<>(path);
            here.add(e.getKey());
            int line = doc.line(here.toArray(String[]::new));
            if (e.getKey().equals(".")) {
                continue; // read with its parent below
            }
            String name = NpmSpec.splitNameAt(e.getKey())[0];
            if (e.getValue().isObject()) {
                JsonNode self = e.getValue().path(".");
                if (self.isTextual()) {
                    add(name, parent, self, line);
                }
                npm(e.getValue(), parent.isEmpty() ? name : parent + " > " + name, here);
            } else {
                add(name, parent, e.getValue(), line);
            }
        }
    }

    private void add(String name, String parent, JsonNode value, int line) {
        String spec = value.asText("");
        if (spec.isEmpty() || spec.equals("-")) {
            return; // pnpm's "-" removes a dependency; nothing to report
        }
        if (spec.startsWith("$")) {
            spec = referenced(spec.substring(1));
        }
        Component.Builder b = NpmComponents.declared(NpmSpec.parse(name, spec), file, line)
                .relation(Relation.TRANSITIVE)
                .property(NpmComponents.OVERRIDE, "true")
                .property("overrideParent", parent.isEmpty() ? null : parent);
        out.add(b.build());
    }

    /** npm's {@code "$foo"}: the spec the project itself declares for foo. */
    private String referenced(String name) {
        for (String map : List.of("dependencies", "devDependencies", "optionalDependencies", "peerDependencies")) {
            JsonNode spec = root.path(map).path(name);
            if (spec.isTextual()) {
                return spec.asText();
            }
        }
        return "$" + name;
    }

    /** A yarn resolution key ({@code **}{@code /@scope/a/b@1}) as package names, outermost first. */
    static List<String> yarnPath(String key) {
        List<String> names = new ArrayList<>();
        String[] parts = key.split("/");
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.equals("**") || part.isEmpty()) {
                continue;
            }
            if (part.startsWith("@") && i + 1 < parts.length) {
                part = part + "/" + parts[++i];
            }
            names.add(NpmSpec.splitNameAt(part)[0]);
        }
        if (names.isEmpty()) {
            names.add(key);
        }
        return names;
    }
}
