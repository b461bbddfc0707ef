package dev.upkeep.inventory.python.uvlock;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upkeep.domain.Component;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.SkipReason;
import dev.upkeep.inventory.Extraction;
import dev.upkeep.inventory.Extractor;
import dev.upkeep.inventory.ExtractorInput;
import dev.upkeep.inventory.python.DirectReferences;
import dev.upkeep.inventory.python.PypiComponents;
import dev.upkeep.inventory.python.PypiNames;
import dev.upkeep.inventory.python.Toml;
import dev.upkeep.inventory.python.TomlLock;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * uv's {@code uv.lock}. The project itself (the package whose source is the lock's own folder,
 * {@code virtual = "."} or {@code editable = "."}) is not reported; every other package is, with
 * its locked version. Relation and scope come from the lock's graph ({@link UvGraph}): DIRECT when
 * the project lists the package, TRANSITIVE when reached through others, UNKNOWN when the lock has
 * no project package. Sources: {@code git} gets skip reason GIT (property {@code commit}),
 * {@code path}/{@code directory}/{@code editable} PATH, {@code url} URL, and other workspace members
 * WORKSPACE; the locked version is kept.
 */
public final class UvLockExtractor implements Extractor {
    public static final String ID = "python/uv-lock";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "uv lockfiles (uv.lock)";
    }

    @Override
    public boolean wants(String path) {
        return TomlLock.named(path, "uv.lock");
    }

    @Override
    public Extraction extract(ExtractorInput input) throws IOException {
        TomlLock lock = TomlLock.read(input, "package", "uv.lock");
        Set<String> members = new HashSet<>();
        Toml.strings(lock.root().path("manifest").get("members")).forEach(m -> members.add(PypiNames.normalize(m)));
        UvGraph graph = new UvGraph(lock.root().path("package"));
        List<Component> out = new ArrayList<>();
        for (TomlLock.Entry e : lock.packages()) {
            if (!graph.isProject(e.index())) {
                out.add(component(e.node(), members, graph, e.index(), e.location()));
            }
        }
        return Extraction.of(out);
    }

    private static Component component(JsonNode p, Set<String> members, UvGraph graph, int i, Location at) {
        String name = p.get("name").asText();
        String version = Toml.text(p.get("version"));
        JsonNode source = p.path("source");
        String git = Toml.text(source.get("git"));
        String url = Toml.text(source.get("url"));
        String path = Toml.firstText(source, "path", "directory", "editable", "virtual");
        SkipReason skip = members.contains(PypiNames.normalize(name)) && path != null ? SkipReason.WORKSPACE
                : git != null ? SkipReason.GIT
                : path != null ? SkipReason.PATH
                : url != null ? SkipReason.URL
                : version == null ? SkipReason.UNPINNED : null;
        String commit = git != null && git.contains("#") ? git.substring(git.indexOf('#') + 1) : null;
        String location = git != null ? git.replaceFirst("[?#].*$", "") : url;
        return PypiComponents.pkg(name, version)
                .constraint(graph.constraint(i))
                .relation(graph.relation(i))
                .scope(graph.scope(i))
                .location(at)
                .skipReason(skip)
                .property("group", graph.groups(i))
                .property("commit", commit)
                .property("url", location == null ? null : DirectReferences.withoutCredentials(location))
                .property("path", path)
                .build();
    }
}
