import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.packageurl.PackageURL;
import dev.upkeep.assess.Drift;
import dev.upkeep.assess.DriftEngine;
import dev.upkeep.assess.MatchedAdvisory;
import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Kind;
import dev.upkeep.knowledge.osv.OsvOfflineSource;
import dev.upkeep.knowledge.osv.OsvStore;
import dev.upkeep.versioning.registry.VersionSchemes;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * upkeep's side of the sweep: the advisories upkeep's drift engine matches to each package version
 * of a components list (sweep.py's output), from the OSV data imported in a cache folder. The same
 * engine `upkeep drift` runs (imported-OSV source, merge by alias, OSV range rules), without
 * the inventory step, which a synthetic list of thousands of versions cannot go through.
 *
 * usage: java -cp target/upkeep.jar UpkeepMatches.java COMPONENTS_JSON CACHE_DIR
 * prints: merged  <ecosystem>  <name>  <version>  <every id and alias, comma-separated>
 */
public class UpkeepMatches {
    public static void main(String[] args) throws Exception {
        JsonNode root = new ObjectMapper().readTree(new File(args[0]));
        List<Component> components = new ArrayList<>();
        int line = 0;
        for (JsonNode c : root.path("components")) {
            Ecosystem eco = c.path("ecosystem").asText().equals("npm") ? Ecosystem.NPM : Ecosystem.PYPI;
            String name = c.path("name").asText();
            String version = c.path("version").asText();
            int slash = name.indexOf('/');
            String purl = eco == Ecosystem.NPM && name.startsWith("@") && slash > 0
                    ? new PackageURL("npm", name.substring(0, slash), name.substring(slash + 1), version, null, null).canonicalize()
                    : new PackageURL(eco == Ecosystem.NPM ? "npm" : "pypi", null, name, version, null, null).canonicalize();
            components.add(Component.builder(eco, Kind.PACKAGE, name).version(version).purl(purl).location(args[0], ++line).build());
        }
        OsvStore store = new OsvStore(Path.of(args[1], "snapshots", "osv"));
        List<String> notes = new ArrayList<>();
        java.util.Map<String, dev.upkeep.versioning.VersionScheme> byId = new java.util.HashMap<>();
        VersionSchemes.all().forEach(s -> byId.put(s.id(), s));
        java.util.function.Function<String, dev.upkeep.versioning.VersionScheme> schemes = byId::get;
        List<Drift> drifts = new DriftEngine(new DriftEngine.Sources(List.of(), null, List.of(new OsvOfflineSource(store))),
                schemes, LocalDate.parse("2026-11-21"), notes::add, 1).assess(components, DriftEngine.Listener.NONE);
        if (!notes.isEmpty()) {
            throw new IllegalStateException("upkeep could not read the imported data: " + notes);
        }
        StringBuilder out = new StringBuilder();
        for (Drift d : drifts) {
            for (MatchedAdvisory m : d.advisories()) {
                TreeSet<String> ids = new TreeSet<>(m.advisory().aliases());
                ids.add(m.advisory().id());
                out.append("merged\t").append(d.component().ecosystem().id()).append('\t').append(d.component().name()).append('\t')
                        .append(d.component().version()).append('\t').append(String.join(",", ids)).append('\n');
            }
        }
        System.out.print(out);
    }
}
