package dev.upkeep.inventory.npm.yarn;

import dev.upkeep.domain.Component;
import dev.upkeep.inventory.FormatException;
import dev.upkeep.inventory.npm.NpmComponents;
import dev.upkeep.inventory.npm.NpmSpec;
import dev.upkeep.inventory.npm.Origin;
import dev.upkeep.inventory.npm.yarn.YarnLockParser.Entry;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * One yarn.lock entry read as a package. Classic entries say where a package came from in
 * {@code resolved} (a registry tarball, a git URL with its commit, a {@code file:} path) and, for an
 * alias, in the descriptor ({@code alias@npm:real@^1}). Berry entries say it in {@code resolution},
 * {@code real@protocol:reference}: {@code npm:}, {@code workspace:}, {@code patch:} (a patched
 * package, read through to what it patches), {@code file:}/{@code link:}/{@code portal:}, git URLs
 * with {@code #commit=}, tarball URLs.
 */
record YarnPackage(String name, String alias, String version, Origin origin, int line, boolean patched, String workspacePath) {
    private static final String LOCAL = "0.0.0-use.local";

    static YarnPackage classic(Entry e) {
        String[] first = NpmSpec.splitNameAt(e.descriptors().get(0));
        NpmSpec spec = NpmSpec.parse(first[0], first[1]);
        Origin origin = Origin.ofResolved(e.node().get("resolved"));
        if (origin.registry()) {
            for (String d : e.descriptors()) {
                Origin declared = Origin.ofSpec(NpmSpec.splitNameAt(d)[1]);
                if (!declared.registry()) {
                    origin = declared;
                    break;
                }
            }
        }
        return new YarnPackage(spec.name(), spec.alias(), e.node().get("version"), origin, e.node().line(), false, null);
    }

    static YarnPackage berry(Entry e) {
        String resolution = e.node().get("resolution");
        if (resolution == null) {
            throw new FormatException("entry '" + e.descriptors().get(0) + "' has no resolution", e.node().line());
        }
        String declared = NpmSpec.splitNameAt(e.descriptors().get(0))[0];
        String[] nameRef = NpmSpec.splitNameAt(resolution);
        String ref = nameRef[1];
        int binding = ref.indexOf("::");
        if (binding > 0 && !ref.startsWith("patch:")) {
            ref = ref.substring(0, binding); // file:x#x::hash=…&locator=… says which workspace asked; not part of the source
        }
        boolean patched = ref.startsWith("patch:");
        ref = unpatched(ref);
        String version = e.node().get("version");
        if (LOCAL.equals(version)) {
            version = null; // yarn's stand-in for workspaces and portals, not a version of anything
        }
        String workspace = null;
        Origin origin;
        if (ref.startsWith("npm:")) {
            origin = Origin.REGISTRY;
        } else if (ref.startsWith("workspace:")) {
            workspace = ref.substring("workspace:".length());
            origin = Origin.workspace(workspace);
        } else if (ref.startsWith("file:") || ref.startsWith("link:") || ref.startsWith("portal:") || ref.startsWith("exec:")) {
            int hash = ref.indexOf('#');
            origin = Origin.path(hash < 0 ? ref : ref.substring(0, hash)); // file:x#x: berry repeats the path after '#'
        } else {
            origin = Origin.ofResolved(ref);
            origin = origin.registry() ? new Origin(Origin.Type.URL, ref, null) : origin;
        }
        String name = nameRef[0];
        return new YarnPackage(name, name.equals(declared) ? null : declared, version, origin, e.node().line(), patched, workspace);
    }

    /** What a declaration constrains its package to: {@code patch:x@npm%3A^1.2.0#…} constrains x to {@code ^1.2.0}. */
    static String constraint(String name, String range) {
        String c = NpmSpec.parse(name, unpatched(range)).range();
        return c.isEmpty() ? null : c;
    }

    /** {@code patch:resolve@npm%3A1.22.8#~builtin<…>} is resolve's {@code npm:1.22.8}, patched; anything else is itself. */
    private static String unpatched(String ref) {
        if (!ref.startsWith("patch:")) {
            return ref;
        }
        int hash = ref.indexOf('#');
        String inner = URLDecoder.decode(ref.substring("patch:".length(), hash < 0 ? ref.length() : hash), StandardCharsets.UTF_8);
        return NpmSpec.splitNameAt(inner)[1];
    }

    /** The project itself ({@code workspace:.}): its dependencies are roots, it is no dependency. */
    boolean projectRoot() {
        return ".".equals(workspacePath);
    }

    Component.Builder builder(String file) {
        return NpmComponents.locked(name, version, origin, file, line)
                .property(NpmComponents.ALIAS, alias)
                .property(NpmComponents.PATCHED, patched ? "true" : null);
    }
}
