package dev.upkeep.inventory.python.pdmlock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upkeep.domain.Component;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Relation;
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
 * PDM's {@code pdm.lock}. Every {@code [[package]]} is reported with its locked version; the lock
 * does not record which packages the project asks for, so the relation is UNKNOWN. Scope comes
 * from {@code groups}: {@code default} is PROD, others follow {@link DependencyGroups}. {@code git}
 * gets skip reason GIT (property {@code commit} from {@code revision}), {@code path} PATH,
 * {@code url} URL; the locked version is kept.
 */
public final class PdmLockExtractor implements Extractor {
    public static final String ID = "python/pdm-lock";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "PDM lockfiles (pdm.lock)";
    }

    @Override
    public boolean wants(String path) {
        return TomlLock.named(path, "pdm.lock");
    }

    @Override
    public Extraction extract(ExtractorInput input) throws IOException {
        List<Component> out = new ArrayList<>();
        for (TomlLock.Entry e : TomlLock.read(input, "package", "pdm.lock").packages()) {
            out.add(component(e.name(), e.node(), e.location()));
        }
        return Extraction.of(out);
    }

    private static Component component(String name, JsonNode p, Location at) {
        List<String> groups = Toml.strings(p.get("groups"));
        String version = Toml.text(p.get("version"));
        String git = Toml.text(p.get("git"));
        String path = Toml.text(p.get("path"));
        String url = Toml.text(p.get("url"));
        SkipReason skip = git != null ? SkipReason.GIT
                : path != null ? SkipReason.PATH
                : url != null ? DirectReferences.skipReason(url)
                : version == null ? SkipReason.UNPINNED : null;
        return PypiComponents.pkg(name, version)
                .relation(Relation.UNKNOWN)
                .scope(DependencyGroups.scopeOf(groups))
                .location(at)
                .skipReason(skip)
                .property("group", groups.isEmpty() ? null : String.join(",", groups))
                .property("commit", Toml.text(p.get("revision")))
                .property("url", git != null ? DirectReferences.withoutCredentials(git) : url == null ? null : DirectReferences.withoutCredentials(url))
                .property("path", path)
                .property("marker", Toml.text(p.get("marker")))
                .property("editable", p.path("editable").asBoolean(false) ? "true" : null)
                .build();
    }
}
