package dev.upkeep.inventory.npm.bun;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upkeep.domain.Scope;
import dev.upkeep.inventory.FormatException;
import dev.upkeep.inventory.npm.NpmSpec;
import dev.upkeep.inventory.npm.Origin;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One bun.lock package tuple, read.
 *
 * @param name the real package name, from the tuple
 * @param alias the name it is installed under (the key's last part) when that differs
 * @param version the version for a registry package, else what follows the {@code @}
 * @param origin where it comes from
 * @param workspacePath the folder of a workspace package, else null
 * @param dependencies what it depends on, by kind
 */
record BunPackage(String name, String alias, String version, Origin origin, int line, String workspacePath,
        Map<String, Scope> dependencies) {
    static BunPackage of(String key, JsonNode tuple, int line) {
        if (!tuple.isArray() || tuple.isEmpty() || !tuple.get(0).isTextual()) {
            throw new FormatException("expected a tuple starting with \"name@version\", found " + abbreviate(tuple.toString()));
        }
        String[] nameRef = NpmSpec.splitNameAt(tuple.get(0).asText());
        String name = nameRef[0];
        String ref = nameRef[1];
        if (name.isEmpty() || ref.isEmpty()) {
            throw new FormatException("'" + tuple.get(0).asText() + "' is not name@version");
        }
        String installedAs = installedName(key);
        Origin origin;
        String workspace = null;
        if (ref.startsWith("workspace:")) {
            workspace = ref.substring("workspace:".length());
            origin = Origin.workspace(workspace);
        } else if (Character.isDigit(ref.charAt(0))) {
            origin = Origin.REGISTRY;
        } else {
            origin = Origin.ofResolved(ref);
            origin = origin.registry() ? new Origin(Origin.Type.URL, ref, null) : origin; // a tarball the project asked for
        }
        Map<String, Scope> deps = new LinkedHashMap<>();
        for (JsonNode element : tuple) {
            if (element.isObject()) {
                element.path("dependencies").fieldNames().forEachRemaining(d -> deps.put(d, Scope.PROD));
                element.path("optionalDependencies").fieldNames().forEachRemaining(d -> deps.put(d, Scope.OPTIONAL));
                element.path("peerDependencies").fieldNames().forEachRemaining(d -> deps.putIfAbsent(d, Scope.PEER));
                break;
            }
        }
        return new BunPackage(name, installedAs.equals(name) ? null : installedAs, origin.registry() ? ref : null,
                origin, line, workspace, deps);
    }

    /** The last package name in an install path: {@code a/@s/b} → {@code @s/b}. */
    static String installedName(String key) {
        int last = key.lastIndexOf('/');
        if (last < 0) {
            return key;
        }
        int before = key.lastIndexOf('/', last - 1);
        String candidate = key.substring(before + 1);
        return candidate.startsWith("@") ? candidate : key.substring(last + 1);
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
