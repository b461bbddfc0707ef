package dev.upkeep.inventory.npm;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Kind;
import dev.upkeep.domain.Location;
import dev.upkeep.inventory.Purls;

/**
 * Builds npm components the same way in every npm format, and names the properties they carry.
 *
 * <p>A package not from the registry (git, a path, a tarball URL, a workspace) keeps the version
 * its lockfile records, the version that was built, and gets the skip reason that says it is no
 * registry release; property {@link #URL} or {@link #PATH} (and {@link #COMMIT}) says where it
 * came from. This is how every ecosystem of upkeep reports such packages.
 */
public final class NpmComponents {
    /** The name a project uses for an {@code npm:} alias ({@code "foo": "npm:bar@1"} → {@code foo}). */
    public static final String ALIAS = "alias";
    /** The git commit a git dependency is locked to. */
    public static final String COMMIT = "commit";
    /** The git or tarball URL of a package from a git repository or a URL, without credentials. */
    public static final String URL = "url";
    /** The local path of a package from a folder, a tarball file or a workspace, as written. */
    public static final String PATH = "path";
    /** {@code true} for a package shipped inside its parent's tarball (bundleDependencies). */
    public static final String BUNDLED = "bundled";
    /** {@code true} for a package installed but no longer required (package-lock {@code extraneous}). */
    public static final String EXTRANEOUS = "extraneous";
    /** pnpm: the peer sets ({@code (react@18.2.0)}) this version is installed with, {@code ()} for none. */
    public static final String PEER_SETS = "peerSets";
    /** {@code true} when a yarn {@code patch:} or pnpm {@code patchedDependencies} patch applies. */
    public static final String PATCHED = "patched";
    /** {@code true} for a component that comes from {@code overrides}, {@code resolutions} or {@code pnpm.overrides}. */
    public static final String OVERRIDE = "override";

    private NpmComponents() {}

    /** A package as a lockfile records it, at {@code file:line}; relation and scope are the caller's to set. */
    public static Component.Builder locked(String name, String version, Origin origin, String file, int line) {
        String v = version == null || version.isBlank() ? null : version.strip();
        return where(Component.builder(Ecosystem.NPM, Kind.PACKAGE, name), origin)
                .location(new Location(file, line))
                .version(v)
                .skipReason(origin.skipReason())
                .purl(Purls.of(Ecosystem.NPM, name, v));
    }

    /** Properties {@link #URL} or {@link #PATH} and {@link #COMMIT} for a package not from the registry. */
    private static Component.Builder where(Component.Builder b, Origin origin) {
        String source = origin.source() == null || origin.source().isEmpty() ? null : origin.source();
        return switch (origin.type()) {
            case REGISTRY -> b;
            case GIT, URL -> b.property(URL, source).property(COMMIT, origin.commit());
            case PATH, WORKSPACE -> b.property(PATH, source);
        };
    }

    /** A dependency as a manifest declares it, at {@code file:line}. */
    public static Component.Builder declared(NpmSpec spec, String file, int line) {
        Component.Builder b = Component.builder(Ecosystem.NPM, Kind.PACKAGE, spec.name())
                .location(new Location(file, line))
                .constraint(spec.range().isEmpty() ? null : spec.range())
                .skipReason(spec.skipReason())
                .version(spec.version())
                .purl(Purls.of(Ecosystem.NPM, spec.name(), spec.version()))
                .property(ALIAS, spec.alias());
        return spec.origin().type() == Origin.Type.WORKSPACE ? b : where(b, spec.origin()); // workspace:^ names no folder
    }
}
