package dev.upkeep.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Problem;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.LintResult;
import dev.upkeep.hygiene.RuleInfo;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code upkeep lint --format sarif}: one SARIF 2.1.0 run. Every rule that ran is in
 * {@code tool.driver.rules} with its documentation page; each finding is a result whose
 * {@code partialFingerprints} carry {@link Finding#id()}, so code-scanning services track it across
 * commits. Files that could not be checked are tool execution notifications.
 */
public final class LintSarif {
    /** Where the rule pages are published; {@code helpUri} is this plus {@code <rule-id>.md}. */
    public static final String DEFAULT_DOCS_BASE = "https://github.com/upkeep-dev/upkeep/blob/main/docs/rules/";
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String FINGERPRINT = "upkeepFindingId/v1";

    private LintSarif() {}

    public static String render(LintResult result, String toolVersion, String docsBase) {
        ObjectNode root = JsonText.object();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "upkeep");
        driver.put("semanticVersion", toolVersion);
        driver.put("informationUri", docsBase.replaceFirst("rules/$", "lint.md"));
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> index = new HashMap<>();
        for (RuleInfo r : result.rules()) {
            index.put(r.id(), index.size());
            rule(rules.addObject(), r, docsBase);
        }
        ObjectNode base = run.putObject("originalUriBaseIds").putObject("%SRCROOT%");
        base.putObject("description").put("text", "The root of the linted repository.");
        ArrayNode results = run.putArray("results");
        for (Finding f : result.findings()) {
            ObjectNode r = results.addObject();
            r.put("ruleId", f.ruleId());
            if (index.containsKey(f.ruleId())) {
                r.put("ruleIndex", index.get(f.ruleId()));
            }
            r.put("level", level(f.severity()));
            r.putObject("message").put("text", f.message());
            if (f.location() != null) {
                r.putArray("locations").add(location(f.location()));
            }
            r.putObject("partialFingerprints").put(FINGERPRINT, f.id());
            ObjectNode props = r.putObject("properties");
            props.put("severity", f.severity().id());
            props.put("fix", f.fix());
        }
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", true);
        ArrayNode notes = invocation.putArray("toolExecutionNotifications");
        for (Problem p : result.problems()) {
            ObjectNode n = notes.addObject();
            n.put("level", "warning");
            n.putObject("message").put("text", p.message() + " (" + p.source() + ")");
            n.putArray("locations").add(location(p.location()));
        }
        return JsonText.pretty(root);
    }

    private static void rule(ObjectNode n, RuleInfo r, String docsBase) {
        n.put("id", r.id());
        n.putObject("shortDescription").put("text", r.title());
        n.putObject("help").put("text", r.fix());
        n.put("helpUri", docsBase + r.id() + ".md");
        n.putObject("defaultConfiguration").put("level", level(r.severity()));
        ObjectNode props = n.putObject("properties");
        props.putArray("tags").add(r.family()).add("hygiene");
        props.put("security-severity", securitySeverity(r.severity()));
    }

    private static ObjectNode location(Location location) {
        ObjectNode loc = JsonText.object();
        ObjectNode physical = loc.putObject("physicalLocation");
        ObjectNode artifact = physical.putObject("artifactLocation");
        artifact.put("uri", uri(location.file()));
        artifact.put("uriBaseId", "%SRCROOT%");
        if (location.line() > 0) {
            physical.putObject("region").put("startLine", location.line());
        }
        return loc;
    }

    /** A repository path as a relative URI reference: percent-encoded, never mistaken for a scheme. */
    static String uri(String path) {
        String safe = path.indexOf(':') >= 0 && (path.indexOf('/') < 0 || path.indexOf(':') < path.indexOf('/')) ? "./" + path : path;
        try {
            return new URI(null, null, safe, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("path '" + path + "' cannot be written as a URI: " + e.getMessage(), e);
        }
    }

    /** SARIF levels: critical and high fail builds (error), medium warns, low and info are notes. */
    static String level(Severity s) {
        return switch (s) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, INFO -> "note";
        };
    }

    /** The CVSS-like score GitHub code scanning reads to rank security results. */
    static String securitySeverity(Severity s) {
        return switch (s) {
            case CRITICAL -> "9.5";
            case HIGH -> "8.0";
            case MEDIUM -> "5.5";
            case LOW -> "3.0";
            case INFO -> "0.0";
        };
    }
}
