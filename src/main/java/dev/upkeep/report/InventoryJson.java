package dev.upkeep.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.upkeep.domain.Component;
import dev.upkeep.domain.Inventory;
import dev.upkeep.domain.InventoryFile;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Problem;
import java.io.IOException;
import java.io.StringWriter;
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

    /**
     * The report as text. Written with a streaming generator, one component tree at a time: a
     * monorepo's inventory (tens of thousands of components) never exists as one JSON tree, which
     * cost a cold run more in garbage collection than the rendering itself (docs/benchmarks/scan.md).
     */
    public static String render(Inventory inv, String toolVersion) {
        StringWriter text = new StringWriter(Math.max(1 << 12, inv.components().size() * 400));
        try (JsonGenerator g = Json.generator(text)) {
            g.writeStartObject();
            g.writeNumberField("schemaVersion", SCHEMA_VERSION);
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", "upkeep");
            g.writeStringField("version", toolVersion);
            g.writeEndObject();
            g.writeStringField("root", inv.root());
            g.writeBooleanField("partial", inv.partial());
            ObjectNode summary = Json.object();
            summary.put("components", inv.components().size());
            summary.put("filesScanned", inv.filesScanned());
            summary.put("unresolved", inv.components().stream().filter(c -> !c.resolved()).count());
            summary.put("problems", inv.problems().size());
            summary.set("byEcosystem", counts(inv, c -> c.ecosystem().id()));
            summary.set("byScope", counts(inv, c -> c.scope().id()));
            g.writeFieldName("summary");
            g.writeTree(summary);
            g.writeArrayFieldStart("components");
            for (Component c : inv.components()) {
                g.writeTree(component(c));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("files");
            for (InventoryFile f : inv.files()) {
                g.writeStartObject();
                g.writeStringField("path", f.path());
                g.writeStringField("kind", f.kind());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("problems");
            for (Problem p : inv.problems()) {
                ObjectNode o = Json.object();
                o.put("source", p.source());
                o.put("file", p.location().file());
                if (p.location().line() > 0) {
                    o.put("line", p.location().line());
                } else {
                    o.putNull("line");
                }
                o.put("message", p.message());
                g.writeTree(o);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("cannot render JSON: " + e.getMessage(), e);
        }
        return text.append('\n').toString();
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
