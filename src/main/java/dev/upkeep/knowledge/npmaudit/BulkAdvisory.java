package dev.upkeep.knowledge.npmaudit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upkeep.domain.Severity;
import dev.upkeep.knowledge.Advisory;
import dev.upkeep.knowledge.Cvss;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry of a bulk advisory answer ({@code {id, url, title, severity, vulnerable_versions, cwe,
 * cvss: {score, vectorString}}}) as an {@link Advisory}:
 * <ul>
 *   <li>its id is the GHSA in its {@code url} when there is one, so it merges with OSV's record of
 *       the same advisory; else {@code NPM-<id>};
 *   <li>its range stays npm's own ({@link Advisory.Range#NATIVE}): converting a node-semver range
 *       to OSV events would lose what npm means by it (pre-releases, {@code ||}, hyphen ranges);
 *       the versions named by its {@code <x} bounds are kept as its fixes;
 *   <li>its severity is npm's label, else the one its CVSS vector gives, else unknown.
 * </ul>
 */
final class BulkAdvisory {
    private static final Pattern GHSA = Pattern.compile("(GHSA(?:-[0-9a-z]{4}){3})", Pattern.CASE_INSENSITIVE);
    /** An exclusive upper bound {@code <1.6.3} (not {@code <=}); its version is where the range ends. */
    private static final Pattern BELOW = Pattern.compile("<(?!=)\\s*v?(\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?)");

    private BulkAdvisory() {}

    static Optional<Advisory> toAdvisory(String name, JsonNode a) {
        String range = a.path("vulnerable_versions").asText("");
        if (range.isBlank()) {
            return Optional.empty(); // an advisory without a range says nothing about any version
        }
        Matcher ghsa = GHSA.matcher(a.path("url").asText(""));
        String id = ghsa.find() ? "GHSA" + ghsa.group(1).substring(4).toLowerCase(Locale.ROOT) : "NPM-" + a.path("id").asText("unknown");
        String vector = a.path("cvss").path("vectorString").asText(null);
        Optional<Double> score = Cvss.baseScore(vector);
        Optional<Severity> label = label(a.path("severity").asText(""));
        Severity severity = label.orElseGet(() -> score.map(Cvss::severity).orElse(Severity.MEDIUM));
        String basis = label.isPresent() ? "label" : score.isPresent() ? "cvss" : "unknown";
        Advisory.Affected affected = new Advisory.Affected("npm", name, List.of(Advisory.Range.nativeRange(range, fixes(range))), List.of());
        return Optional.of(new Advisory(id, List.of(), a.path("title").asText(null), severity, basis, score.isPresent() ? vector : null,
                score.orElse(null), List.of(affected), null, null, List.of("npm-audit")));
    }

    /** The versions that end each of the range's sets ({@code >=1.0.0 <1.6.3 || >=2.0.0 <2.1.0} → 1.6.3, 2.1.0). */
    static List<String> fixes(String range) {
        List<String> out = new ArrayList<>();
        Matcher m = BELOW.matcher(range);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static Optional<Severity> label(String word) {
        return switch (word.strip().toLowerCase(Locale.ROOT)) {
            case "critical" -> Optional.of(Severity.CRITICAL);
            case "high" -> Optional.of(Severity.HIGH);
            case "moderate", "medium" -> Optional.of(Severity.MEDIUM);
            case "low" -> Optional.of(Severity.LOW);
            case "info" -> Optional.of(Severity.INFO);
            default -> Optional.empty();
        };
    }
}
