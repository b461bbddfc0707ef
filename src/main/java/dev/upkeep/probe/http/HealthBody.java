package dev.upkeep.probe.http;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkeep.domain.Severity;
import dev.upkeep.probe.ProbeResult;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code status} fields of a JSON health body, wherever they sit: the top level and the
 * per-dependency entries of Spring Boot Actuator ({@code components.db.status}), NestJS Terminus
 * ({@code info.database.status}, {@code error.redis.status}) and the IETF health-check draft
 * ({@code checks["db:responseTime"][0].status}). A value that says down or failing is a finding
 * naming the field.
 */
final class HealthBody {
    static final Set<String> HEALTHY = Set.of("ok", "up", "pass", "passed", "healthy", "green", "true", "available", "ready", "running");
    static final Set<String> DEGRADED = Set.of("warn", "warning", "degraded", "yellow", "partial", "unknown");
    private static final int MAX_DEPTH = 8;
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build());

    private HealthBody() {}

    static void judge(byte[] body, String contentType, ProbeResult.Builder out) {
        if (body.length == 0 || !(contentType.toLowerCase(Locale.ROOT).contains("json") || looksLikeJson(body))) {
            return;
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            return;
        }
        if (root != null && root.isContainerNode()) {
            walk(root, "", 0, out);
        }
    }

    private static boolean looksLikeJson(byte[] body) {
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return b == '{';
            }
        }
        return false;
    }

    private static void walk(JsonNode node, String pointer, int depth, ProbeResult.Builder out) {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String here = pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
                JsonNode v = e.getValue();
                if (e.getKey().equalsIgnoreCase("status") && (v.isTextual() || v.isBoolean())) {
                    judgeField(here, v.asText(), out);
                } else if (v.isContainerNode()) {
                    walk(v, here, depth + 1, out);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, depth + 1, out);
            }
        }
    }

    private static void judgeField(String pointer, String value, ProbeResult.Builder out) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (HEALTHY.contains(v)) {
            return;
        }
        boolean degraded = DEGRADED.contains(v);
        String shown = value.length() > 40 ? value.substring(0, 39) + "…" : value;
        out.finding("probe/http-health-field", pointer, degraded ? Severity.MEDIUM : Severity.HIGH,
                "health body of " + out.target() + " says " + pointer + " = \"" + shown + "\"",
                "Look at the dependency that field reports on (database, cache, queue) and at the service's logs.",
                Map.of("field", pointer, "value", shown));
    }
}
