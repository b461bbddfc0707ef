package dev.upkeep.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.upkeep.domain.Component;
import dev.upkeep.domain.Inventory;
import dev.upkeep.domain.InventoryFile;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Problem;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code upkeep scan --format json}. The schema is documented in docs/json/scan.md and
 * docs/json/scan.schema.json; {@link #SCHEMA_VERSION} changes only when a field changes meaning or
 * disappears (new fields may appear in any version).
 */
public final class InventoryJson {
    public static final int SCHEMA_VERSION = 1;

    private InventoryJson() {}

    public static String render(Inventory inv, String toolVersion) {
        ObjectNode root = Json.object();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.putObject("tool").put("name", "upkeep").put("version", toolVersion);
        root.put("root", inv.root());
        root.put("partial", inv.partial());
        ObjectNode summary = root.putObject("summary");
        summary.put("components", inv.components().size());
        summary.put("filesScanned", inv.filesScanned());
        summary.put("unresolved", inv.components().stream().filter(c -> !c.resolved()).count());
        summary.put("problems", inv.problems().size());
        summary.set("byEcosystem", counts(inv, c -> c.ecosystem().id()));
        summary.set("byScope", counts(inv, c -> c.scope().id()));
        ArrayNode comps = root.putArray("components");
        for (Component c : inv.components()) {
            comps.add(component(c));
        }
        ArrayNode files = root.putArray("files");
        for (InventoryFile f : inv.files()) {
            files.addObject().put("path", f.path()).put("kind", f.kind());
        }
        ArrayNode problems = root.putArray("problems");
        for (Problem p : inv.problems()) {
            ObjectNode o = problems.addObject();
            o.put("source", p.source());
            o.put("file", p.location().file());
            if (p.location().line() > 0) {
                o.put("line", p.location().line());
            } else {
                o.putNull("line");
            }
            o.put("message", p.message());
        }
        return Json.write(root);
    }

    static ObjectNode component(Component c) {
        ObjectNode o = Json.object();
        o.put("ecosystem", c.ecosystem().id());
        o.put("kind", c.kind().id());
        o.put("name", c.name());
        o.put("version", c.version());
        o.put("constraint", c.constraint());
        o.put("relation", c.relation().id());
        o.put("scope", c.scope().id());
        o.put("purl", c.purl());
        o.put("skipReason", c.skipReason() == null ? null : c.skipReason().id());
        ArrayNode locs = o.putArray("locations");
        for (Location l : c.locations()) {
            ObjectNode lo = locs.addObject().put("file", l.file());
            if (l.line() > 0) {
                lo.put("line", l.line());
            } else {
                lo.putNull("line");
            }
        }
        ObjectNode props = o.putObject("properties");
        c.properties().forEach(props::put);
        return o;
    }

    private static ObjectNode counts(Inventory inv, java.util.function.Function<Component, String> key) {
        Map<String, Integer> m = new TreeMap<>();
        inv.components().forEach(c -> m.merge(key.apply(c), 1, Integer::sum));
        ObjectNode o = Json.object();
        m.forEach(o::put);
        return o;
    }
}
