package dev.upkeep.inventory.python.pipfilelock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkeep.domain.Component;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Relation;
import dev.upkeep.domain.Scope;
import dev.upkeep.domain.SkipReason;
import dev.upkeep.inventory.Extraction;
import dev.upkeep.inventory.Extractor;
import dev.upkeep.inventory.ExtractorInput;
import dev.upkeep.inventory.FormatException;
import dev.upkeep.inventory.python.DirectReferences;
import dev.upkeep.inventory.python.Merging;
import dev.upkeep.inventory.python.PypiComponents;
import dev.upkeep.inventory.python.Toml;
import dev.upkeep.inventory.python.TomlLock;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Pipenv's {@code Pipfile.lock}. {@code default} is PROD and {@code develop} DEV (property
 * {@code group}); the lock lists every installed package without saying which the Pipfile asked
 * for, so the relation is UNKNOWN. {@code git}, {@code path} and {@code file} entries get skip
 * reason GIT, PATH or URL, and keep the version when the lock gives one. The interpreter in
 * {@code _meta.requires} is reported as the {@code python} runtime, since nothing else reads the
 * Pipfile.
 */
public final class PipfileLockExtractor implements Extractor {
    public static final String ID = "python/pipfile-lock";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Pipenv lockfiles (Pipfile.lock)";
    }

    @Override
    public boolean wants(String path) {
        return TomlLock.named(path, "Pipfile.lock");
    }

    @Override
    public Extraction extract(ExtractorInput input) throws IOException {
        String text = input.text();
        if (text.isBlank()) {
            return Extraction.empty();
        }
        JsonNode root;
        Map<String, Integer> lines;
        try {
            root = JSON.readTree(text);
            lines = JsonLines.of(JSON, text);
        } catch (JsonProcessingException e) {
            throw new FormatException("not valid JSON: " + e.getOriginalMessage(), e.getLocation() == null ? 0 : e.getLocation().getLineNr(), e);
        }
        if (root == null || !root.isObject()) {
            throw new FormatException("not a Pipfile.lock: the top level is not an object", 1);
        }
        List<Component> out = new ArrayList<>();
        for (String section : List.of("default", "develop")) {
            for (Map.Entry<String, JsonNode> e : Toml.entries(root.get(section))) {
                int line = lines.getOrDefault(section + "/" + e.getKey(), 0);
                out.add(component(e.getKey(), e.getValue(), section, new Location(input.path(), line)));
            }
        }
        JsonNode requires = root.path("_meta").path("requires");
        for (String key : List.of("python_full_version", "python_version")) {
            String v = Toml.text(requires.get(key));
            if (v != null) {
                int line = lines.getOrDefault("_meta/requires/" + key, 0);
                out.add(PypiComponents.python(key.equals("python_full_version") ? "==" + v : v, new Location(input.path(), line), "Pipfile.lock"));
                break;
            }
        }
        return Extraction.of(Merging.sameVersion(out));
    }

    private static Component component(String name, JsonNode entry, String section, Location at) {
        String version = Toml.text(entry.get("version"));
        if (version != null) {
            version = version.replaceFirst("^===?", "").strip();
            if (version.isEmpty() || version.equals("*")) {
                version = null;
            }
        }
        String git = Toml.text(entry.get("git"));
        String path = Toml.text(entry.get("path"));
        String file = Toml.text(entry.get("file"));
        SkipReason skip = git != null ? SkipReason.GIT
                : path != null ? SkipReason.PATH
                : file != null ? DirectReferences.skipReason(file)
                : version == null ? SkipReason.UNPINNED : null;
        return PypiComponents.pkg(name, version)
                .relation(Relation.UNKNOWN)
                .scope(section.equals("default") ? Scope.PROD : Scope.DEV)
                .location(at)
                .skipReason(skip)
                .property("group", section)
                .property("url", git != null ? DirectReferences.withoutCredentials(git) : file == null ? null : DirectReferences.withoutCredentials(file))
                .property("path", path)
                .property("commit", Toml.text(entry.get("ref")))
                .property("marker", Toml.text(entry.get("markers")))
                .property("editable", entry.path("editable").asBoolean(false) ? "true" : null)
                .build();
    }
}
