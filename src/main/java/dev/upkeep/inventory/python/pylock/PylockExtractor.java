package dev.upkeep.inventory.python.pylock;

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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PEP 751 lockfiles ({@code pylock.toml}, {@code pylock.<name>.toml}). Every {@code [[packages]]}
 * entry is reported, except a {@code directory} at {@code "."}: that is the project itself. The
 * format is a flat list, so the relation is UNKNOWN. Scope comes from the marker: a package needed
 * only for some extras or dependency groups ({@code "tests" in extras}) takes the strongest scope of
 * those names ({@link DependencyGroups}; a group in {@code default-groups} is PROD); no such
 * condition means PROD. {@code vcs} gets skip reason GIT (property {@code commit}),
 * {@code directory} PATH, {@code archive} URL or PATH; a version, when given, is kept.
 */
public final class PylockExtractor implements Extractor {
    public static final String ID = "python/pylock";
    private static final Pattern CONDITION = Pattern.compile("[\"']([^\"']+)[\"']\\s+in\\s+(extras|dependency_groups)");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "PEP 751 lockfiles (pylock.toml, pylock.*.toml)";
    }

    @Override
    public boolean wants(String path) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        return file.equals("pylock.toml") || file.startsWith("pylock.") && file.endsWith(".toml") && file.length() > "pylock..toml".length();
    }

    @Override
    public Extraction extract(ExtractorInput input) throws IOException {
        TomlLock lock = TomlLock.read(input, "packages", "pylock.toml");
        Set<String> defaultGroups = new HashSet<>(Toml.strings(lock.root().get("default-groups")));
        List<Component> out = new ArrayList<>();
        for (TomlLock.Entry e : lock.packages()) {
            if (!".".equals(Toml.text(e.node().path("directory").get("path")))) {
                out.add(component(e.name(), e.node(), defaultGroups, e.location()));
            }
        }
        return Extraction.of(out);
    }

    private static Component component(String name, JsonNode p, Set<String> defaultGroups, Location at) {
        String version = Toml.text(p.get("version"));
        JsonNode vcs = p.get("vcs");
        JsonNode directory = p.get("directory");
        JsonNode archive = p.get("archive");
        String url = vcs != null ? Toml.text(vcs.get("url")) : archive != null ? Toml.text(archive.get("url")) : null;
        String path = directory != null ? Toml.text(directory.get("path"))
                : vcs != null ? Toml.text(vcs.get("path")) : archive != null ? Toml.text(archive.get("path")) : null;
        SkipReason skip = vcs != null ? SkipReason.GIT
                : directory != null ? SkipReason.PATH
                : archive != null ? (url != null ? SkipReason.URL : SkipReason.PATH)
                : version == null ? SkipReason.UNPINNED : null;
        String marker = Toml.text(p.get("marker"));
        return PypiComponents.pkg(name, version)
                .relation(Relation.UNKNOWN)
                .scope(scope(marker, defaultGroups))
                .location(at)
                .skipReason(skip)
                .property("commit", vcs == null ? null : Toml.text(vcs.get("commit-id")))
                .property("url", url == null ? null : DirectReferences.withoutCredentials(url))
                .property("path", path)
                .property("marker", marker)
                .build();
    }

    /** PROD unless the marker limits the package to extras or non-default groups; then the strongest of their scopes. */
    static Scope scope(String marker, Set<String> defaultGroups) {
        if (marker == null) {
            return Scope.PROD;
        }
        Matcher m = CONDITION.matcher(marker);
        Scope best = null;
        while (m.find()) {
            String group = m.group(1);
            Scope s = m.group(2).equals("dependency_groups") && defaultGroups.contains(group) ? Scope.PROD : DependencyGroups.scopeOf(group);
            best = best == null ? s : best.strongest(s);
        }
        return best == null ? Scope.PROD : best;
    }
}
