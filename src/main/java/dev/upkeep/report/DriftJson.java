package dev.upkeep.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.upkeep.assess.Drift;
import dev.upkeep.assess.LifecycleStatus;
import dev.upkeep.assess.MatchedAdvisory;
import dev.upkeep.knowledge.Advisory;
import java.time.LocalDate;
import java.util.List;

/** {@code upkeep drift --format json}; schema documented in docs/json/drift.md. */
public final class DriftJson {
    public static final int SCHEMA_VERSION = 1;

    private DriftJson() {}

    public static String render(List<Drift> drifts, LocalDate today, List<String> notes, String toolVersion) {
        ObjectNode root = Json.object();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.putObject("tool").put("name", "upkeep").put("version", toolVersion);
        root.put("today", today.toString());
        ArrayNode n = root.putArray("notes");
        notes.forEach(n::add);
        ArrayNode arr = root.putArray("drift");
        for (Drift d : drifts) {
            arr.add(drift(d));
        }
        return Json.write(root);
    }

    static ObjectNode drift(Drift d) {
        ObjectNode o = Json.object();
        o.set("component", InventoryJson.component(d.component()));
        o.put("latest", d.latest());
        o.put("latestInRange", d.latestInRange());
        o.put("updateType", d.updateType() == null ? null : d.updateType().id());
        if (d.releasesBehind() == null) {
            o.putNull("releasesBehind");
        } else {
            o.put("releasesBehind", d.releasesBehind());
        }
        if (d.libyears() == null) {
            o.putNull("libyears");
        } else {
            o.put("libyears", d.libyears());
        }
        LifecycleStatus l = d.lifecycle();
        if (l == null) {
            o.putNull("lifecycle");
        } else {
            ObjectNode lo = o.putObject("lifecycle");
            lo.put("product", l.product());
            lo.put("cycle", l.cycle());
            lo.put("eol", l.eol() == null ? null : l.eol().toString());
            lo.put("eolPassed", l.eolPassed());
            if (l.daysToEol() == null) {
                lo.putNull("daysToEol");
            } else {
                lo.put("daysToEol", l.daysToEol());
            }
            lo.put("lts", l.lts());
            lo.put("activeSupport", l.activeSupport());
            lo.put("latestInCycle", l.latestInCycle());
            lo.put("newestCycle", l.newestCycle());
        }
        ArrayNode advs = o.putArray("advisories");
        for (MatchedAdvisory m : d.advisories()) {
            Advisory a = m.advisory();
            ObjectNode ao = advs.addObject();
            ao.put("id", a.id());
            ArrayNode al = ao.putArray("aliases");
            a.aliases().forEach(al::add);
            ao.put("severity", a.severity().id());
            ao.put("severityBasis", a.severityBasis());
            ao.put("cvssVector", a.cvssVector());
            if (a.cvssScore() == null) {
                ao.putNull("cvssScore");
            } else {
                ao.put("cvssScore", a.cvssScore());
            }
            ao.put("summary", a.summary());
            ao.put("fixedIn", m.fixedIn());
            ArrayNode fx = ao.putArray("fixedVersions");
            m.fixedVersions().forEach(fx::add);
            ArrayNode src = ao.putArray("sources");
            a.sources().forEach(src::add);
        }
        ArrayNode why = o.putArray("notes");
        d.notes().forEach(why::add);
        return o;
    }
}
