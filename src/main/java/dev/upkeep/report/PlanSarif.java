package dev.upkeep.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.upkeep.assess.DriftFindings;
import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Problem;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.RuleInfo;
import dev.upkeep.plan.Plan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code upkeep plan --format sarif}: one SARIF 2.1.0 run with every finding of the plan (drift
 * and hygiene), each carrying the policy's decision in its properties ({@code class},
 * {@code due}, {@code cadence}) and {@link Finding#id()} as its fingerprint.
 */
public final class PlanSarif {
    public static final String DEFAULT_DOCS_BASE = LintSarif.DEFAULT_DOCS_BASE;

    private PlanSarif() {}

    /** @param lintRules the hygiene rules that ran, for the rule table */
    public static String render(Plan plan, List<RuleInfo> lintRules, String toolVersion, String docsBase) {
        ObjectNode root = JsonText.object();
        root.put("$schema", LintSarif.SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "upkeep");
        driver.put("semanticVersion", toolVersion);
        String planDoc = docsBase.replaceFirst("rules/$", "plan.md");
        driver.put("informationUri", planDoc);
        Map<String, Integer> index = new LinkedHashMap<>();
        ArrayNode rules = driver.putArray("rules");
        for (Map.Entry<String, String> e : DriftFindings.RULES.entrySet()) {
            index.put(e.getKey(), index.size());
            ObjectNode r = rules.addObject();
            r.put("id", e.getKey());
            r.putObject("shortDescription").put("text", e.getValue());
            r.put("helpUri", planDoc + "#finding-rules");
            r.putObject("properties").putArray("tags").add("drift");
        }
        for (RuleInfo info : lintRules) {
            if (index.containsKey(info.id())) {
                continue;
            }
            index.put(info.id(), index.size());
            ObjectNode r = rules.addObject();
            r.put("id", info.id());
            r.putObject("shortDescription").put("text", info.title());
            r.putObject("help").put("text", info.fix());
            r.put("helpUri", docsBase + info.id() + ".md");
            r.putObject("defaultConfiguration").put("level", LintSarif.level(info.severity()));
            ObjectNode props = r.putObject("properties");
            props.putArray("tags").add(info.family()).add("hygiene");
            props.put("security-severity", LintSarif.securitySeverity(info.severity()));
        }
        ObjectNode base = run.putObject("originalUriBaseIds").putObject("%SRCROOT%");
        base.putObject("description").put("text", "The root of the planned stack.");
        ArrayNode results = run.putArray("results");
        for (Finding f : plan.findings()) {
            ObjectNode r = results.addObject();
            r.put("ruleId", f.ruleId());
            if (index.containsKey(f.ruleId())) {
                r.put("ruleIndex", index.get(f.ruleId()));
            }
            r.put("level", LintSarif.level(f.severity()));
            r.putObject("message").put("text", f.message());
            if (f.location() != null) {
                r.putArray("locations").add(location(f.location()));
            }
            r.putObject("partialFingerprints").put(LintSarif.FINGERPRINT, f.id());
            ObjectNode props = r.putObject("properties");
            props.put("severity", f.severity().id());
            props.put("class", f.findingClass().id());
            props.put("due", f.due().toString());
            props.put("cadence", f.cadence());
            props.put("fix", f.fix());
            if (f.severity().atLeast(Severity.HIGH) || f.ruleId().equals(DriftFindings.ADVISORY)) {
                props.put("security-severity", LintSarif.securitySeverity(f.severity()));
            }
        }
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", true);
        ArrayNode notes = invocation.putArray("toolExecutionNotifications");
        for (Problem p : plan.problems()) {
            ObjectNode n = notes.addObject();
            n.put("level", "warning");
            n.putObject("message").put("text", p.message() + " (" + p.source() + ")");
            n.putArray("locations").add(location(p.location()));
        }
        for (String u : plan.unknowns()) {
            ObjectNode n = notes.addObject();
            n.put("level", "note");
            n.putObject("message").put("text", u);
        }
        return JsonText.pretty(root);
    }

    private static ObjectNode location(Location location) {
        ObjectNode loc = JsonText.object();
        ObjectNode physical = loc.putObject("physicalLocation");
        ObjectNode artifact = physical.putObject("artifactLocation");
        artifact.put("uri", LintSarif.uri(location.file()));
        artifact.put("uriBaseId", "%SRCROOT%");
        if (location.line() > 0) {
            physical.putObject("region").put("startLine", location.line());
        }
        return loc;
    }
}
