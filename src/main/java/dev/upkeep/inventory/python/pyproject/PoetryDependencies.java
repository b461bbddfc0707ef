package dev.upkeep.inventory.python.pyproject;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Relation;
import dev.upkeep.domain.Scope;
import dev.upkeep.domain.SkipReason;
import dev.upkeep.inventory.python.DependencyGroups;
import dev.upkeep.inventory.python.DirectReferences;
import dev.upkeep.inventory.python.PypiComponents;
import dev.upkeep.inventory.python.Toml;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Poetry's dependency tables in {@code [tool.poetry]}. A value is a constraint in Poetry's syntax
 * ({@code "^1.0"}, {@code "2.28.1"}: a bare version is an exact pin), a table ({@code version},
 * {@code optional}, {@code git}/{@code path}/{@code url}, ...) or an array of tables, one per
 * environment: their constraints are joined with {@code " || "}, Poetry's "or". {@code python} is
 * the interpreter, reported as the {@code python} runtime. In the main table, {@code optional = true}
 * makes a dependency OPTIONAL and property {@code group} names the extras that list it.
 */
final class PoetryDependencies {
    private static final Pattern EXACT = Pattern.compile("^(==)?\\s*\\d[0-9A-Za-z.+!_-]*$");

    private final Declarations d;

    PoetryDependencies(Declarations d) {
        this.d = d;
    }

    void read(JsonNode poetry) {
        table(List.of("tool", "poetry", "dependencies"), poetry.get("dependencies"), Scope.PROD, null, "tool.poetry.dependencies", poetry.get("extras"));
        table(List.of("tool", "poetry", "dev-dependencies"), poetry.get("dev-dependencies"), Scope.DEV, "dev", "tool.poetry.dev-dependencies", null);
        for (Map.Entry<String, JsonNode> g : Toml.entries(poetry.get("group"))) {
            table(List.of("tool", "poetry", "group", g.getKey(), "dependencies"), g.getValue().get("dependencies"),
                    DependencyGroups.scopeOf(g.getKey()), g.getKey(), "tool.poetry.group", null);
        }
    }

    private void table(List<String> path, JsonNode deps, Scope scope, String group, String section, JsonNode extras) {
        for (Map.Entry<String, JsonNode> e : Toml.entries(deps)) {
            List<String> keyPath = new ArrayList<>(path);
            keyPath.add(e.getKey());
            Location at = d.at(keyPath);
            List<JsonNode> specs = new ArrayList<>();
            if (e.getValue().isArray()) {
                e.getValue().forEach(specs::add);
            } else {
                specs.add(e.getValue());
            }
            List<String> constraints = new ArrayList<>();
            for (JsonNode s : specs) {
                String c = s.isTextual() ? s.asText() : Toml.text(s.get("version"));
                if (c != null && !c.isBlank()) {
                    constraints.add(c.strip());
                }
            }
            String constraint = constraints.isEmpty() ? null : String.join(" || ", constraints);
            if (e.getKey().equalsIgnoreCase("python") && path.get(2).equals("dependencies")) {
                if (constraint != null) {
                    d.add(PypiComponents.python(constraint, at, section));
                }
                continue;
            }
            d.add(component(e.getKey(), specs.get(0), constraint, at, scope, group, section, extras));
        }
    }

    private dev.upkeep.domain.Component component(String name, JsonNode spec, String constraint, Location at,
            Scope scope, String group, String section, JsonNode extras) {
        String git = Toml.text(spec.get("git"));
        String path = Toml.text(spec.get("path"));
        String url = Toml.text(spec.get("url"));
        String version = constraint != null && !constraint.contains("||") && EXACT.matcher(constraint).matches()
                ? constraint.replaceFirst("^==\\s*", "") : null;
        SkipReason skip = git != null ? SkipReason.GIT : path != null ? SkipReason.PATH : url != null ? SkipReason.URL
                : version == null ? SkipReason.UNPINNED : null;
        if (skip != null && skip != SkipReason.UNPINNED) {
            version = null;
        }
        if (spec.path("optional").asBoolean(false) && scope == Scope.PROD) {
            scope = Scope.OPTIONAL;
            group = extrasListing(name, extras);
        }
        String ref = Toml.firstText(spec, "rev", "tag", "branch");
        return PypiComponents.pkg(name, version)
                .constraint(constraint)
                .relation(Relation.DIRECT)
                .scope(scope)
                .location(at)
                .skipReason(skip)
                .property("group", group)
                .property("section", section)
                .property("url", git != null ? DirectReferences.withoutCredentials(git) : url == null ? null : DirectReferences.withoutCredentials(url))
                .property("path", path)
                .property("ref", ref)
                .property("extras", spec.has("extras") ? String.join(",", Toml.strings(spec.get("extras"))) : null)
                .property("marker", Toml.text(spec.get("markers")))
                .build();
    }

    private static String extrasListing(String name, JsonNode extras) {
        TreeSet<String> names = new TreeSet<>();
        for (Map.Entry<String, JsonNode> e : Toml.entries(extras)) {
            for (String member : Toml.strings(e.getValue())) {
                if (member.equalsIgnoreCase(name)) {
                    names.add(e.getKey());
                }
            }
        }
        return names.isEmpty() ? null : String.join(",", names);
    }
}
