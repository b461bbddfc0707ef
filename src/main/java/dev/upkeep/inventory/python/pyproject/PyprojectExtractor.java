package dev.upkeep.inventory.python.pyproject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Scope;
import dev.upkeep.inventory.Extraction;
import dev.upkeep.inventory.Extractor;
import dev.upkeep.inventory.ExtractorInput;
import dev.upkeep.inventory.python.DependencyGroups;
import dev.upkeep.inventory.python.PypiComponents;
import dev.upkeep.inventory.python.Toml;
import dev.upkeep.inventory.python.TomlLock;
import dev.upkeep.inventory.python.TomlLines;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * {@code pyproject.toml}: what a project declares. Every component is DIRECT and carries property
 * {@code section} (where it is declared) and, outside the main list, {@code group}. The project
 * itself is never a component, even where an extra names it ({@code all = ["app[postgres]"]}).
 *
 * <ul>
 *   <li>PEP 621 {@code [project] dependencies}: PROD; {@code optional-dependencies} (extras) and
 *       PEP 735 {@code [dependency-groups]}: the scope of their name ({@link DependencyGroups});
 *       {@code {include-group = ...}} entries add nothing, the included group reports its own.
 *   <li>{@code requires-python}: the {@code python} runtime, property {@code source=requires-python}.
 *   <li>Poetry ({@link PoetryDependencies}): {@code [tool.poetry.dependencies]},
 *       {@code dev-dependencies} and {@code group.<name>.dependencies}; uv's and PDM's
 *       {@code dev-dependencies} lists.
 * </ul>
 *
 * <p>An exact pin ({@code ==V}) resolves the version; anything else is UNPINNED with the specifier
 * as constraint. A requirement that is not valid PEP 508 is a problem at its line; the rest of the
 * file is still read.
 */
public final class PyprojectExtractor implements Extractor {
    public static final String ID = "python/pyproject";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Python project manifests (pyproject.toml: PEP 621, PEP 735 groups, Poetry, uv and PDM sections)";
    }

    @Override
    public boolean wants(String path) {
        return TomlLock.named(path, "pyproject.toml");
    }

    @Override
    public Extraction extract(ExtractorInput input) throws IOException {
        String text = input.text();
        ObjectNode root = Toml.parse(text);
        JsonNode project = root.path("project");
        JsonNode tool = root.path("tool");
        String name = Toml.text(project.get("name"));
        Declarations d = new Declarations(ID, input.path(), new TomlLines(text), name != null ? name : Toml.text(tool.path("poetry").get("name")));
        String requiresPython = Toml.text(project.get("requires-python"));
        if (requiresPython != null) {
            d.add(PypiComponents.python(requiresPython,
                    new Location(input.path(), d.lines().line(List.of("project", "requires-python"))), "requires-python"));
        }
        d.pep508(List.of("project", "dependencies"), project.get("dependencies"), Scope.PROD, null, "project.dependencies");
        for (Map.Entry<String, JsonNode> e : Toml.entries(project.get("optional-dependencies"))) {
            d.pep508(List.of("project", "optional-dependencies", e.getKey()), e.getValue(),
                    DependencyGroups.scopeOf(e.getKey()), e.getKey(), "project.optional-dependencies");
        }
        for (Map.Entry<String, JsonNode> e : Toml.entries(root.get("dependency-groups"))) {
            d.pep508(List.of("dependency-groups", e.getKey()), e.getValue(),
                    DependencyGroups.scopeOf(e.getKey()), e.getKey(), "dependency-groups");
        }
        d.pep508(List.of("tool", "uv", "dev-dependencies"), tool.path("uv").get("dev-dependencies"), Scope.DEV, "dev", "tool.uv.dev-dependencies");
        for (Map.Entry<String, JsonNode> e : Toml.entries(tool.path("pdm").get("dev-dependencies"))) {
            d.pep508(List.of("tool", "pdm", "dev-dependencies", e.getKey()), e.getValue(),
                    DependencyGroups.scopeOf(e.getKey()), e.getKey(), "tool.pdm.dev-dependencies");
        }
        new PoetryDependencies(d).read(tool.path("poetry"));
        return d.extraction();
    }
}
