package dev.upkeep.inventory.python;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Kind;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Relation;
import dev.upkeep.domain.SkipReason;
import dev.upkeep.inventory.Purls;

/** Starts the components every Python extractor reports, so names, purls and runtimes are built one way. */
public final class PypiComponents {
    private PypiComponents() {}

    /**
     * A PyPI package: the name PEP 503-normalised, the spelling as written kept as property
     * {@code declaredName} when it differs, the purl built from the name and {@code version} (which
     * may be null).
     */
    public static Component.Builder pkg(String declaredName, String version) {
        String name = PypiNames.normalize(declaredName);
        return Component.builder(Ecosystem.PYPI, Kind.PACKAGE, name)
                .version(version)
                .purl(Purls.of(Ecosystem.PYPI, name, version))
                .property("declaredName", declaredName.equals(name) ? null : declaredName);
    }

    /**
     * A package from a PEP 508 requirement: the version when the specifier pins one exactly, else a
     * skip reason (GIT, PATH or URL for a direct reference, VARIABLE for a {@code ${VAR}} version,
     * UNPINNED otherwise); the specifier as the constraint; extras, marker and URL as properties.
     */
    public static Component.Builder pkg(Requirement r) {
        String version = r.url() == null ? r.pinnedVersion().orElse(null) : null;
        SkipReason skip = version != null ? null
                : r.url() != null ? DirectReferences.skipReason(r.url())
                : Specifiers.usesVariable(r.specifier()) ? SkipReason.VARIABLE : SkipReason.UNPINNED;
        return pkg(r.name(), version)
                .constraint(r.specifier().isEmpty() ? null : r.specifier())
                .skipReason(skip)
                .property("extras", r.extras().isEmpty() ? null : String.join(",", r.extras()))
                .property("marker", r.marker())
                .property("url", r.url() == null ? null : DirectReferences.withoutCredentials(r.url()));
    }

    /**
     * The Python interpreter a project asks for ({@code requires-python}, Poetry's {@code python}
     * dependency): a {@link Ecosystem#RUNTIME} component named {@code python} whose constraint is the
     * specifier as written; it has no version unless the specifier pins one.
     */
    public static Component python(String constraint, Location location, String source) {
        String version = Specifiers.pinnedVersion(constraint).orElse(null);
        return Component.builder(Ecosystem.RUNTIME, Kind.RUNTIME, "python")
                .version(version)
                .constraint(constraint)
                .relation(Relation.DIRECT)
                .purl(Purls.of(Ecosystem.RUNTIME, "python", version))
                .location(location)
                .skipReason(version == null ? SkipReason.UNPINNED : null)
                .property("source", source)
                .build();
    }
}
