package dev.upkeep.inventory.npm;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Kind;
import dev.upkeep.domain.Location;
import dev.upkeep.inventory.Purls;

/**
 * Builds npm components the same way in every npm format, and names the properties they carry.
 *
 * <p>A package from the registry has its version. A package from anywhere else (git, a path, a
 * tarball URL, a workspace) has no registry version: its version is {@code null}, its skip reason
 * says why, and what the lockfile writes as its version is kept in {@link #PACKAGE_VERSION}.
 */
public final class NpmComponents {
    /** The name a project uses for an {@code npm:} alias ({@code "foo": "npm:bar@1"} → {@code foo}). */
    public static final String ALIAS = "alias";
    /** The git commit a git dependency is locked to. */
    public static final String COMMIT = "commit";
    /** The git URL, path or tarball URL of a package that is not from the registry. */
    public static final String SOURCE = "source";
    /** The version a lockfile records for a package that is not from the registry. */
    public static final String PACKAGE_VERSION = "packageVersion";
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
        Component.Builder b = Component.builder(Ecosystem.NPM, Kind.PACKAGE, name).location(new Location(file, line));
        String v = version == null || version.isBlank() ? null : version.strip();
        if (origin.registry()) {
            return b.version(v).purl(Purls.of(Ecosystem.NPM, name, v));
        }
        return b.skipReason(origin.skipReason())
                .purl(Purls.of(Ecosystem.NPM, name, null))
                .property(SOURCE, origin.source() == null || origin.source().isEmpty() ? null : origin.source())
                .property(COMMIT, origin.commit())
                .property(PACKAGE_VERSION, v);
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
        if (!spec.origin().registry() && spec.origin().type() != Origin.Type.WORKSPACE) {
            b.property(SOURCE, spec.origin().source()).property(COMMIT, spec.origin().commit()); // workspace:^ names no folder
        }
        return b;
    }
}
