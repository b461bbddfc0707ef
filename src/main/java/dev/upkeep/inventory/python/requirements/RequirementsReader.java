package dev.upkeep.inventory.python.requirements;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Problem;
import dev.upkeep.domain.Relation;
import dev.upkeep.domain.Scope;
import dev.upkeep.domain.SkipReason;
import dev.upkeep.inventory.Extraction;
import dev.upkeep.inventory.ExtractorInput;
import dev.upkeep.inventory.FormatException;
import dev.upkeep.inventory.Purls;
import dev.upkeep.inventory.python.DependencyGroups;
import dev.upkeep.inventory.python.DirectReferences;
import dev.upkeep.inventory.python.InvalidRequirementException;
import dev.upkeep.inventory.python.Merging;
import dev.upkeep.inventory.python.PypiComponents;
import dev.upkeep.inventory.python.Requirement;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one requirements file and everything it includes, as pip would install it.
 *
 * <ul>
 *   <li>{@code ==V} and {@code ===V} resolve the version; anything else is reported without a
 *       version, with the specifier as its constraint and skip reason UNPINNED (VARIABLE when the
 *       version is a {@code ${VAR}}: upkeep never reads the scanning machine's environment).
 *   <li>{@code -r} includes are followed through {@link ExtractorInput#open}; each file is read once,
 *       so cycles and diamonds end. Components are located in the file that declares them. A missing
 *       include is a problem at the including line.
 *   <li>{@code -c} constraints files add no components; a pin there ({@code ==V}) gives its version to
 *       an unpinned requirement of the same name anywhere in the tree, as pip would install it
 *       (property {@code constrainedBy} says where).
 *   <li>One environment installs one version of a package: entries of the same name are merged,
 *       and unpinned ones fold into the only pinned one when there is exactly one.
 *   <li>Scope: DEV when the file's name says development ({@code requirements-dev.txt},
 *       {@code requirements/test.txt}; see {@link DependencyGroups}), else PROD. Relation: DIRECT, or
 *       TRANSITIVE when pip-compile's {@code # via} names only other packages.
 *   <li>URL, path and {@code -e} lines are reported with skip reason GIT, PATH or URL; {@code -e .}
 *       is the project itself and is skipped. Lines pip would refuse become problems.
 * </ul>
 */
final class RequirementsReader {
    private record Pin(String version, Location location) {}

    private final String source;
    private final Set<String> visited = new HashSet<>();
    private final List<Component> components = new ArrayList<>();
    private final Map<String, Pin> pins = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    RequirementsReader(String source) {
        this.source = source;
    }

    Extraction read(ExtractorInput input) throws IOException {
        visit(input, false);
        return new Extraction(merge(pinned(components)), List.of(), problems);
    }

    private void visit(ExtractorInput input, boolean constraints) throws IOException {
        if (!visited.add(input.path() + (constraints ? " (-c)" : ""))) {
            return;
        }
        Scope scope = DependencyGroups.isDevLike(stem(input.path())) ? Scope.DEV : Scope.PROD;
        for (LogicalLines.Line line : LogicalLines.of(input.text())) {
            Location at = new Location(input.path(), line.number());
            Directive d = Directive.parse(line.text());
            if (d instanceof Directive.Include inc) {
                include(input, inc, at, constraints);
            } else if (d instanceof Directive.Editable e) {
                direct(e.target(), true, line, at, scope, constraints);
            } else if (d instanceof Directive.Requirement r) {
                requirement(r.text(), line, at, scope, constraints);
            } else if (d instanceof Directive.Invalid inv) {
                problem(at, inv.message());
            }
        }
    }

    private void include(ExtractorInput from, Directive.Include inc, Location at, boolean constraints) {
        String option = inc.constraints() ? "-c " : "-r ";
        if (inc.path().contains("://")) {
            problem(at, option + inc.path() + ": remote includes are not followed");
            return;
        }
        Optional<ExtractorInput> target;
        try {
            target = from.open(inc.path());
        } catch (IOException e) {
            problem(at, option + inc.path() + ": cannot open: " + e.getMessage());
            return;
        }
        if (target.isEmpty()) {
            problem(at, option + inc.path() + ": no such file inside the scanned folder");
            return;
        }
        try {
            visit(target.get(), constraints || inc.constraints());
        } catch (FormatException e) {
            problem(new Location(target.get().path(), e.line()), e.getMessage());
        } catch (IOException e) {
            problem(at, option + inc.path() + ": cannot read: " + e.getMessage());
        }
    }

    private void requirement(String text, LogicalLines.Line line, Location at, Scope scope, boolean constraints) {
        if (DirectLine.looksLikeUrlOrPath(text)) {
            direct(text, false, line, at, scope, constraints);
            return;
        }
        Requirement req = parse(text, at);
        if (req == null) {
            return;
        }
        if (constraints) {
            req.pinnedVersion().ifPresent(v -> pins.putIfAbsent(req.normalizedName(), new Pin(v, at)));
            return;
        }
        components.add(PypiComponents.pkg(req)
                .relation(relation(line.via()))
                .scope(scope)
                .location(at)
                .property("via", line.via().isEmpty() ? null : String.join(", ", line.via()))
                .build());
    }

    /** Parses a PEP 508 line; a {@code #} glued to the version ({@code pkg==1.0#note}) is read as a comment. */
    private Requirement parse(String text, Location at) {
        try {
            return Requirement.parse(text);
        } catch (InvalidRequirementException e) {
            int hash = text.indexOf('#');
            if (hash > 0) {
                try {
                    return Requirement.parse(text.substring(0, hash));
                } catch (InvalidRequirementException ignored) {
                    // report the first error, on the whole line
                }
            }
            problem(at, "not a requirement: '" + text + "': " + e.getMessage());
            return null;
        }
    }

    private void direct(String target, boolean editable, LogicalLines.Line line, Location at, Scope scope, boolean constraints) {
        DirectLine d = DirectLine.of(target);
        if (d.projectItself() || constraints) {
            return;
        }
        if (d.name().isEmpty()) {
            problem(at, "cannot tell the package name of '" + target + "': add #egg=<name>");
            return;
        }
        String ref = DirectReferences.withoutCredentials(d.reference());
        components.add(PypiComponents.pkg(d.name().get(), null)
                .relation(relation(line.via()))
                .scope(scope)
                .location(at)
                .skipReason(DirectReferences.skipReason(ref))
                .property(DirectReferences.hasScheme(ref) ? "url" : "path", ref)
                .property("editable", editable ? "true" : null)
                .build());
    }

    /** Gives constraint-file pins to unpinned requirements. */
    private List<Component> pinned(List<Component> all) {
        List<Component> out = new ArrayList<>();
        for (Component c : all) {
            Pin pin = c.skipReason() == SkipReason.UNPINNED ? pins.get(c.name()) : null;
            out.add(pin == null ? c : c.withVersion(pin.version()).withSkipReason(null)
                    .withPurl(Purls.of(Ecosystem.PYPI, c.name(), pin.version()))
                    .withProperty("constrainedBy", pin.location().toString()));
        }
        return out;
    }

    /** One component per package and version; unpinned entries join the package's only pinned version. */
    private static List<Component> merge(List<Component> all) {
        Map<String, List<Component>> byName = new LinkedHashMap<>();
        all.forEach(c -> byName.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(c));
        List<Component> out = new ArrayList<>();
        for (List<Component> same : byName.values()) {
            List<Component> merged = Merging.sameVersion(same);
            List<Component> versions = merged.stream().filter(Component::resolved).toList();
            if (versions.size() == 1) {
                List<Component> fold = new ArrayList<>(versions);
                List<Component> rest = new ArrayList<>();
                for (Component c : merged) {
                    if (!c.resolved()) {
                        (c.skipReason() == SkipReason.UNPINNED || c.skipReason() == SkipReason.VARIABLE ? fold : rest).add(c);
                    }
                }
                out.add(Merging.fold(fold)); // the pinned entry comes first, so its version stays
                out.addAll(rest);
            } else {
                out.addAll(merged);
            }
        }
        return out;
    }

    private static Relation relation(List<String> via) {
        if (via.isEmpty()) {
            return Relation.DIRECT;
        }
        for (String v : via) {
            if (v.startsWith("-r") || v.endsWith(")")) {
                return Relation.DIRECT; // "-r requirements.in", "my-app (pyproject.toml)": asked for by the input file
            }
        }
        return Relation.TRANSITIVE;
    }

    private static String stem(String path) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    private void problem(Location at, String message) {
        problems.add(new Problem(source, at, message));
    }
}
