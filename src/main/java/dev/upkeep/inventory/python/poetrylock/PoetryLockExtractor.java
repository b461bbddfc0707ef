package dev.upkeep.inventory.python.poetrylock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upkeep.domain.Component;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Relation;
import dev.upkeep.domain.Scope;
import dev.upkeep.domain.SkipReason;
import dev.upkeep.inventory.Extraction;
import dev.upkeep.inventory.Extractor;
import dev.upkeep.inventory.ExtractorInput;
import dev.upkeep.inventory.python.DependencyGroups;
import dev.upkeep.inventory.python.DirectReferences;
import dev.upkeep.inventory.python.PypiComponents;
import dev.upkeep.inventory.python.Toml;
import dev.upkeep.inventory.python.TomlLock;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Poetry's {@code poetry.lock} (lock versions 1.x and 2.x). Every {@code [[package]]} is reported
 * with its locked version. The lock does not say which packages the project asks for itself (the
 * core learns that from {@code pyproject.toml} beside it), so the relation is UNKNOWN.
 *
 * <p>Scope: from {@code groups} (Poetry 2) or {@code category} (Poetry 1): {@code main} is PROD, or
 * OPTIONAL when {@code optional = true} (an extra); other groups follow {@link DependencyGroups}.
 * Property {@code group} lists them. Sources: {@code git} gets skip reason GIT (property
 * {@code commit}), {@code directory} and {@code file} PATH, {@code url} URL; the locked version is
 * kept, since the lock records what was built. {@code legacy} sources are package indexes, so only
 * property {@code index} marks them.
 */
public final class PoetryLockExtractor implements Extractor {
    public static final String ID = "python/poetry-lock";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Poetry lockfiles (poetry.lock)";
    }

    @Override
    public boolean wants(String path) {
        return TomlLock.named(path, "poetry.lock");
    }

    @Override
    public Extraction extract(ExtractorInput input) throws IOException {
        List<Component> out = new ArrayList<>();
        for (TomlLock.Entry e : TomlLock.read(input, "package", "poetry.lock").packages()) {
            out.add(component(e.name(), e.node(), e.location()));
        }
        return Extraction.of(out);
    }

    private static Component component(String name, JsonNode p, Location at) {
        List<String> groups = Toml.strings(p.get("groups"));
        if (groups.isEmpty() && p.has("category")) {
            groups = List.of(p.get("category").asText());
        }
        boolean optional = p.path("optional").asBoolean(false);
        Scope scope = DependencyGroups.scopeOf(groups);
        if (optional && scope == Scope.PROD) {
            scope = Scope.OPTIONAL;
        }
        JsonNode source = p.path("source");
        String type = source.path("type").asText("");
        String url = Toml.text(source.get("url"));
        SkipReason skip = switch (type) {
            case "git" -> SkipReason.GIT;
            case "directory", "file" -> SkipReason.PATH;
            case "url" -> SkipReason.URL;
            default -> null;
        };
        String version = Toml.text(p.get("version"));
        if (version != null && version.isBlank()) {
            version = null;
        }
        return PypiComponents.pkg(name, version)
                .relation(Relation.UNKNOWN)
                .scope(scope)
                .location(at)
                .skipReason(skip == null && version == null ? SkipReason.UNPINNED : skip)
                .property("group", groups.isEmpty() ? null : String.join(",", groups))
                .property("commit", type.equals("git") ? Toml.text(source.get("resolved_reference")) : null)
                .property(type.equals("directory") || type.equals("file") ? "path" : type.equals("legacy") ? "index" : "url",
                        url == null || type.isEmpty() ? null : DirectReferences.withoutCredentials(url))
                .build();
    }
}
