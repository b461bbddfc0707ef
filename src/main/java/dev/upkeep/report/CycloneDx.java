package dev.upkeep.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.upkeep.domain.Component;
import dev.upkeep.domain.Inventory;
import dev.upkeep.domain.Location;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * {@code upkeep scan --format cyclonedx}: a CycloneDX 1.6 JSON BOM. Written with our own records
 * rather than cyclonedx-core-java (10 MB of jars for a small document); a test validates the output
 * against the official schema with that library. The serial number is derived from the content, so
 * the same inventory gives the same bytes.
 */
public final class CycloneDx {
    private CycloneDx() {}

    public static String render(Inventory inv, String toolVersion, String projectName) {
        ObjectNode bom = Json.object();
        bom.put("$schema", "http://cyclonedx.org/schema/bom-1.6.schema.json");
        bom.put("bomFormat", "CycloneDX");
        bom.put("specVersion", "1.6");
        bom.put("version", 1);
        ObjectNode metadata = bom.putObject("metadata");
        metadata.putObject("tools").putArray("components").addObject()
                .put("type", "application").put("name", "upkeep").put("version", toolVersion);
        metadata.putObject("component").put("type", "application").put("bom-ref", "root").put("name", projectName);
        ArrayNode comps = bom.putArray("components");
        Set<String> refs = new HashSet<>();
        for (Component c : inv.components()) {
            comps.add(component(c, refs));
        }
        String body = Json.write(bom);
        UUID serial = UUID.nameUUIDFromBytes(body.getBytes(StandardCharsets.UTF_8));
        ObjectNode withSerial = Json.object();
        bom.fields().forEachRemaining(e -> {
            withSerial.set(e.getKey(), e.getValue());
            if (e.getKey().equals("specVersion")) {
                withSerial.put("serialNumber", "urn:uuid:" + serial);
            }
        });
        return Json.write(withSerial);
    }

    private static ObjectNode component(Component c, Set<String> refs) {
        ObjectNode o = Json.object();
        o.put("type", switch (c.kind()) {
            case IMAGE -> "container";
            case RUNTIME -> "platform";
            case OS -> "operating-system";
            case ACTION, TOOL -> "application";
            case PACKAGE -> "library";
        });
        String ref = c.purl();
        for (int i = 2; !refs.add(ref); i++) {
            ref = c.purl() + "#" + i;
        }
        o.put("bom-ref", ref);
        o.put("name", c.name());
        if (c.version() != null) {
            o.put("version", c.version());
        }
        o.put("scope", switch (c.scope()) {
            case PROD, PEER -> "required";
            case OPTIONAL -> "optional";
            case DEV -> "excluded";
        });
        o.put("purl", c.purl());
        ArrayNode props = o.putArray("properties");
        prop(props, "upkeep:ecosystem", c.ecosystem().id());
        prop(props, "upkeep:relation", c.relation().id());
        prop(props, "upkeep:scope", c.scope().id());
        if (c.constraint() != null) {
            prop(props, "upkeep:constraint", c.constraint());
        }
        if (c.skipReason() != null) {
            prop(props, "upkeep:skipReason", c.skipReason().id());
        }
        c.properties().forEach((k, v) -> prop(props, "upkeep:" + k, v));
        if (!c.locations().isEmpty()) {
            ArrayNode occ = o.putObject("evidence").putArray("occurrences");
            for (Location l : c.locations()) {
                ObjectNode x = occ.addObject().put("location", l.file());
                if (l.line() > 0) {
                    x.put("line", l.line());
                }
            }
        }
        return o;
    }

    private static void prop(ArrayNode props, String name, String value) {
        props.addObject().put("name", name).put("value", value);
    }
}
