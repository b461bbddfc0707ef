package dev.upkeep.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.upkeep.domain.Component;
import dev.upkeep.domain.Finding;
import dev.upkeep.domain.FindingClass;
import dev.upkeep.domain.Severity;
import dev.upkeep.probe.CheckResult;
import dev.upkeep.probe.Measurement;
import dev.upkeep.probe.ProbeResult;

/**
 * {@code upkeep check --format json} (and {@code drill restore}). The shape is documented in
 * docs/json/check.md; a change that removes or retypes a field raises {@link #SCHEMA_VERSION}.
 * Measurements are JSON numbers; finding evidence stays strings, as in every upkeep report.
 */
public final class CheckJson {
    public static final int SCHEMA_VERSION = 1;

    private CheckJson() {}

    public static String render(CheckResult r, String command, String toolVersion) {
        ObjectNode root = JsonText.object();
        root.put("schemaVersion", SCHEMA_VERSION);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", "upkeep");
        tool.put("version", toolVersion);
        root.put("command", command);
        ObjectNode summary = root.putObject("summary");
        summary.put("targets", r.results().size());
        summary.put("probed", r.probed());
        summary.put("failed", r.failed());
        summary.put("partial", r.partial());
        summary.put("findings", r.findings().size());
        ObjectNode bySeverity = summary.putObject("bySeverity");
        for (Severity s : Severity.values()) {
            bySeverity.put(s.id(), r.findings().stream().filter(f -> f.severity() == s).count());
        }
        ObjectNode byClass = summary.putObject("byClass");
        for (FindingClass c : FindingClass.values()) {
            byClass.put(c.id(), r.findings().stream().filter(f -> f.findingClass() == c).count());
        }
        summary.put("elapsedMs", r.elapsed().toMillis());
        summary.put("deadlineMs", r.deadline().toMillis());
        ArrayNode results = root.putArray("results");
        ArrayNode findings = root.putArray("findings");
        for (ProbeResult p : r.results()) {
            ObjectNode n = results.addObject();
            n.put("family", p.family());
            n.put("target", p.target());
            n.put("outcome", p.outcome().id());
            n.put("elapsedMs", p.elapsed().toMillis());
            n.put("error", p.error());
            ArrayNode ms = n.putArray("measurements");
            for (Measurement m : p.measurements()) {
                ObjectNode mn = ms.addObject();
                mn.put("name", m.name());
                mn.put("subject", m.subject());
                if (m.value() == Math.rint(m.value()) && Math.abs(m.value()) < 1e15) {
                    mn.put("value", (long) m.value());
                } else {
                    mn.put("value", m.value());
                }
                mn.put("unit", m.unit());
            }
            ArrayNode cs = n.putArray("components");
            for (Component c : p.components()) {
                ObjectNode cn = cs.addObject();
                cn.put("ecosystem", c.ecosystem().id());
                cn.put("name", c.name());
                cn.put("version", c.version());
                cn.put("purl", c.purl());
            }
            ArrayNode problems = n.putArray("problems");
            p.problems().forEach(problems::add);
            for (Finding f : p.findings()) {
                finding(findings.addObject(), f, p);
            }
        }
        return JsonText.pretty(root);
    }

    private static void finding(ObjectNode n, Finding f, ProbeResult from) {
        n.put("id", f.id());
        n.put("ruleId", f.ruleId());
        n.put("severity", f.severity().id());
        n.put("class", f.findingClass() == null ? null : f.findingClass().id());
        n.put("due", f.due() == null ? null : f.due().toString());
        n.put("cadence", f.cadence());
        n.put("family", from.family());
        n.put("target", from.target());
        n.put("subject", f.subject());
        n.put("message", f.message());
        n.put("fix", f.fix());
        ObjectNode evidence = n.putObject("evidence");
        f.evidence().forEach(evidence::put);
    }
}
