package dev.upkeep.inventory.python.pyproject;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upkeep.domain.Component;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Problem;
import dev.upkeep.domain.Relation;
import dev.upkeep.domain.Scope;
import dev.upkeep.inventory.Extraction;
import dev.upkeep.inventory.python.InvalidRequirementException;
import dev.upkeep.inventory.python.PypiComponents;
import dev.upkeep.inventory.python.PypiNames;
import dev.upkeep.inventory.python.Requirement;
import dev.upkeep.inventory.python.TomlLines;
import java.util.ArrayList;
import java.util.List;

/** Collects the components and problems of one pyproject.toml, section by section. */
final class Declarations {
    private final String source;
    private final String file;
    private final TomlLines lines;
    private final List<Component> components = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final String project;

    /** {@code project} is the project's own name, or null: an extra that pulls in another extra of the project ({@code app[postgres]}) is no dependency. */
    Declarations(String source, String file, TomlLines lines, String project) {
        this.source = source;
        this.file = file;
        this.lines = lines;
        this.project = project == null ? null : PypiNames.normalize(project);
    }

    TomlLines lines() {
        return lines;
    }

    Location at(List<String> path) {
        return new Location(file, lines.line(path));
    }

    void add(Component c) {
        components.add(c);
    }

    void problem(Location at, String message) {
        problems.add(new Problem(source, at, message));
    }

    /** Reads an array of PEP 508 strings at {@code path}; other entries ({@code {include-group = ...}}) are skipped. */
    void pep508(List<String> path, JsonNode list, Scope scope, String group, String section) {
        if (list == null) {
            return;
        }
        if (!list.isArray()) {
            problem(at(path), String.join(".", path) + " is not an array of requirements");
            return;
        }
        int from = 0;
        for (JsonNode n : list) {
            if (!n.isTextual()) {
                continue;
            }
            String text = n.asText();
            from = lines.element(path, text, from);
            Location at = new Location(file, from);
            try {
                Requirement r = Requirement.parse(text);
                if (r.normalizedName().equals(project)) {
                    continue;
                }
                components.add(PypiComponents.pkg(r)
                        .relation(Relation.DIRECT)
                        .scope(scope)
                        .location(at)
                        .property("group", group)
                        .property("section", section)
                        .build());
            } catch (InvalidRequirementException e) {
                problem(at, "not a PEP 508 requirement: '" + text + "': " + e.getMessage());
            }
        }
    }

    Extraction extraction() {
        return new Extraction(components, List.of(), problems);
    }
}
