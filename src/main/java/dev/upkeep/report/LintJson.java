package dev.upkeep.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Problem;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.LintResult;

/**
 * {@code upkeep lint --format json}. The shape is documented in docs/json/lint.md; a change that
 * removes or retypes a field raises {@link #SCHEMA_VERSION}, adding a field does not.
 */
public final class LintJson {
    public static final int SCHEMA_VERSION = 1;

    private LintJson() {}

    public static String render(LintResult result, String toolVersion) {
        ObjectNode root = JsonText.object();
        root.put("schemaVersion", SCHEMA_VERSION);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", "upkeep");
        tool.put("version", toolVersion);
        ObjectNode summary = root.putObject("summary");
        summary.put("filesChecked", result.filesChecked());
        summary.put("findings", result.findings().size());
        summary.put("problems", result.problems().size());
        summary.put("suppressed", result.suppressed());
        ObjectNode bySeverity = summary.putObject("bySeverity");
        for (Severity s : Severity.values()) {
            bySeverity.put(s.id(), result.findings().stream().filter(f -> f.severity() == s).count());
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : result.findings()) {
            ObjectNode n = findings.addObject();
            n.put("id", f.id());
            n.put("ruleId", f.ruleId());
            n.put("severity", f.severity().id());
            n.put("subject", f.subject());
            n.put("message", f.message());
            n.put("fix", f.fix());
            location(n, f.location());
            n.put("help", "docs/rules/" + f.ruleId() + ".md");
            ObjectNode evidence = n.putObject("evidence");
            f.evidence().forEach(evidence::put);
        }
        ArrayNode problems = root.putArray("problems");
        for (Problem p : result.problems()) {
            ObjectNode n = problems.addObject();
            n.put("source", p.source());
            location(n, p.location());
            n.put("message", p.message());
        }
        return JsonText.pretty(root);
    }

    private static void location(ObjectNode n, Location location) {
        if (location == null) {
            n.putNull("location");
            return;
        }
        ObjectNode loc = n.putObject("location");
        loc.put("file", location.file());
        loc.put("line", location.line());
    }
}
