package dev.upkeep.inventory.npm.packagejson;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Kind;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Problem;
import dev.upkeep.domain.SkipReason;
import dev.upkeep.inventory.Purls;
import dev.upkeep.inventory.npm.JsonDocument;
import dev.upkeep.inventory.npm.NpmSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a package.json says about the tools around the code: the runtime and package managers it
 * accepts ({@code engines}, {@code devEngines}) and the package manager it pins
 * ({@code packageManager}, Corepack's {@code name@version+hash}). Node (and any other runtime) is a
 * {@link Ecosystem#RUNTIME runtime}; npm, pnpm and yarn are npm {@link Kind#TOOL tools}.
 */
final class Tools {
    private static final Set<String> PACKAGE_MANAGERS = Set.of("npm", "pnpm", "yarn");

    private Tools() {}

    static List<Component> of(JsonNode root, JsonDocument doc, String file, List<Problem> problems, String source) {
        List<Component> out = new ArrayList<>();
        root.path("engines").properties().forEach(e -> {
            if (e.getKey().equals("node") || PACKAGE_MANAGERS.contains(e.getKey())) {
                out.add(ranged(e.getKey(), e.getValue().asText(), "engines", new Location(file, doc.line("engines", e.getKey()))));
            }
        });
        for (String field : List.of("runtime", "packageManager")) {
            JsonNode node = root.path("devEngines").path(field);
            for (JsonNode entry : node.isArray() ? node : List.of(node)) {
                String name = entry.path("name").asText("");
                if (!name.isEmpty()) {
                    String range = entry.path("version").asText("*");
                    out.add(ranged(name, range, "devEngines", new Location(file, doc.line("devEngines", field))));
                }
            }
        }
        JsonNode pm = root.path("packageManager");
        if (pm.isTextual()) {
            Location at = new Location(file, doc.line("packageManager"));
            String[] nameVersion = NpmSpec.splitNameAt(pm.asText().strip());
            if (nameVersion[1].isEmpty()) {
                problems.add(new Problem(source, at, "packageManager '" + pm.asText() + "' is not name@version; ignored"));
            } else {
                out.add(pinned(nameVersion[0], nameVersion[1], at));
            }
        }
        return out;
    }

    /** A runtime or tool the project accepts a range of: no version until something pins it. */
    private static Component ranged(String name, String range, String from, Location at) {
        Component.Builder b = PACKAGE_MANAGERS.contains(name)
                ? Component.builder(Ecosystem.NPM, Kind.TOOL, name).purl(Purls.of(Ecosystem.NPM, name, null))
                : Component.builder(Ecosystem.RUNTIME, Kind.RUNTIME, name).purl(Purls.of(Ecosystem.RUNTIME, name, null));
        return b.constraint(range).skipReason(SkipReason.UNPINNED).property("source", from).location(at).build();
    }

    /** Corepack's {@code pnpm@9.1.0+sha512.abc}: an exact version and, after the plus, the archive's hash. */
    private static Component pinned(String name, String versionAndHash, Location at) {
        int plus = versionAndHash.indexOf('+');
        String written = plus < 0 ? versionAndHash : versionAndHash.substring(0, plus);
        NpmSpec spec = NpmSpec.parse(name, written);
        Component.Builder b = Component.builder(Ecosystem.NPM, Kind.TOOL, name)
                .constraint(written)
                .version(spec.version())
                .skipReason(spec.skipReason())
                .purl(Purls.of(Ecosystem.NPM, name, spec.version()))
                .property("source", "packageManager")
                .location(at);
        if (plus >= 0) {
            b.property("hash", versionAndHash.substring(plus + 1));
        }
        return b.build();
    }
}
