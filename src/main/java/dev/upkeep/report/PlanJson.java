package dev.upkeep.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.upkeep.calendar.Freeze;
import dev.upkeep.calendar.Occurrence;
import dev.upkeep.calendar.Window;
import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Problem;
import dev.upkeep.plan.Blocked;
import dev.upkeep.plan.Change;
import dev.upkeep.plan.Plan;
import dev.upkeep.plan.Step;
import dev.upkeep.plan.Upgrade;
import dev.upkeep.plan.Wave;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** {@code upkeep plan --format json}; schema documented in docs/json/plan.md. */
public final class PlanJson {
    public static final int SCHEMA_VERSION = 1;

    private PlanJson() {}

    public static String render(Plan plan, String toolVersion) {
        ObjectNode root = Json.object();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.putObject("tool").put("name", "upkeep").put("version", toolVersion);
        root.put("stack", plan.stack());
        root.put("today", plan.today().toString());
        root.put("at", time(plan.at()));
        root.put("zone", plan.at().getZone().getId());
        ObjectNode counts = root.putObject("counts");
        plan.counts().forEach((c, n) -> counts.put(c.id(), n));
        ArrayNode findings = root.putArray("findings");
        plan.findings().forEach(f -> findings.add(finding(f)));
        ArrayNode waves = root.putArray("waves");
        plan.waves().forEach(w -> waves.add(wave(w)));
        ArrayNode blocked = root.putArray("blocked");
        for (Blocked b : plan.blocked()) {
            ObjectNode o = blocked.addObject();
            o.set("upgrade", upgrade(b.upgrade()));
            o.put("constraint", b.constraint());
        }
        strings(root.putArray("unknowns"), plan.unknowns());
        ArrayNode problems = root.putArray("problems");
        for (Problem p : plan.problems()) {
            ObjectNode o = problems.addObject();
            o.put("source", p.source());
            location(o, p.location());
            o.put("message", p.message());
        }
        ArrayNode windows = root.putArray("windows");
        for (Window w : plan.schedule().windows()) {
            ObjectNode o = windows.addObject();
            o.put("name", w.name());
            o.put("kind", w.kind().id());
            ArrayNode days = o.putArray("days");
            w.days().stream().sorted().forEach(d -> days.add(d.name().substring(0, 3)));
            o.put("from", w.from().toString());
            o.put("to", w.to().toString());
            o.put("zone", w.zone().getId());
        }
        ArrayNode freezes = root.putArray("freezes");
        for (Freeze f : plan.schedule().freezes()) {
            ObjectNode o = freezes.addObject();
            o.put("name", f.name());
            o.put("days", f.span().text());
            strings(o.putArray("allow"), List.copyOf(f.allow()));
            o.put("reason", f.reason());
        }
        return Json.write(root);
    }

    static ObjectNode finding(Finding f) {
        ObjectNode o = Json.object();
        o.put("id", f.id());
        o.put("ruleId", f.ruleId());
        o.put("subject", f.subject());
        o.put("severity", f.severity().id());
        o.put("class", f.findingClass() == null ? null : f.findingClass().id());
        o.put("due", f.due() == null ? null : f.due().toString());
        o.put("cadence", f.cadence());
        o.put("message", f.message());
        if (f.location() == null) {
            o.putNull("location");
        } else {
            location(o.putObject("location"), f.location());
        }
        o.put("fix", f.fix());
        ObjectNode ev = o.putObject("evidence");
        f.evidence().forEach(ev::put);
        return o;
    }

    private static ObjectNode wave(Wave w) {
        ObjectNode o = Json.object();
        o.put("number", w.number());
        o.put("kind", w.kind().id());
        o.put("title", w.title());
        occurrence(o, w.occurrence());
        o.put("outOfBand", w.slot() == null && w.kind().outOfBand());
        o.put("windowKind", w.windowKind().id());
        if (w.slot() == null) {
            o.putNull("slot");
        } else {
            ObjectNode s = o.putObject("slot");
            s.put("window", w.slot().window());
            s.put("start", time(w.slot().start()));
            s.put("end", time(w.slot().end()));
            s.put("zone", w.slot().start().getZone().getId());
        }
        o.put("dueAt", time(w.dueAt()));
        o.put("due", w.due().toString());
        o.put("migrations", w.migrations());
        ArrayNode steps = o.putArray("steps");
        for (Step s : w.steps()) {
            ObjectNode so = steps.addObject();
            so.put("number", s.number());
            ArrayNode ups = so.putArray("upgrades");
            s.upgrades().forEach(u -> ups.add(upgrade(u)));
        }
        strings(o.putArray("preconditions"), w.preconditions());
        strings(o.putArray("verification"), w.verification());
        strings(o.putArray("rollbackCriteria"), w.rollbackCriteria());
        strings(o.putArray("rollbackSteps"), w.rollbackSteps());
        strings(o.putArray("notes"), w.notes());
        return o;
    }

    static ObjectNode upgrade(Upgrade u) {
        ObjectNode o = Json.object();
        o.put("key", u.key());
        o.put("ecosystem", u.ecosystem().id());
        o.put("kind", u.kind().id());
        o.put("name", u.name());
        o.put("from", u.from());
        o.put("to", u.to());
        o.put("step", u.step().id());
        o.put("class", u.findingClass().id());
        o.put("dueAt", time(u.dueAt()));
        o.put("due", u.due().toString());
        o.put("cadence", u.cadence());
        o.put("risk", u.risk().id());
        o.put("migration", u.migration());
        strings(o.putArray("categories"), List.copyOf(u.categories()));
        strings(o.putArray("reasons"), u.reasons());
        strings(o.putArray("findings"), u.findings());
        o.put("group", u.group());
        o.put("note", u.note());
        ArrayNode changes = o.putArray("changes");
        for (Change c : u.changes()) {
            ObjectNode co = changes.addObject();
            location(co, c.at());
            co.put("from", c.from());
            co.put("to", c.to());
        }
        return o;
    }

    private static void occurrence(ObjectNode o, Occurrence occ) {
        if (occ == null) {
            o.putNull("occurrence");
            return;
        }
        ObjectNode x = o.putObject("occurrence");
        x.put("cadence", occ.cadence().id());
        x.put("period", occ.period());
        x.put("start", occ.start().toString());
        x.put("end", occ.end().toString());
    }

    private static void location(ObjectNode o, Location l) {
        o.put("file", l.file());
        o.put("line", l.line());
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    static String time(ZonedDateTime t) {
        return t == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
    }
}
