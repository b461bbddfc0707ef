package dev.upkeep.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upkeep.conformance.LockfileHarness.Case;
import dev.upkeep.conformance.LockfileHarness.PeerView;
import dev.upkeep.conformance.LockfileHarness.Pkg;
import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.SkipReason;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How each peer writes down what our Python extractors report. The views translate notation only
 * (names as written or normalised, what "version" means for a requirement that is not pinned, the
 * shape of Trivy's pyproject result); which packages exist is never filtered here, so every
 * difference in substance stays a documented deviation.
 *
 * <ul>
 *   <li>All peers report packages only: our {@code python} runtime component is left out.
 *   <li>osv-scalibr writes names as declared; for a requirement that is not pinned it gives the
 *       version after {@code >=}, {@code <=} or {@code ~=} when that is the only clause, else none.
 *   <li>Trivy writes names as declared and lists only requirements with a version: pinned ones,
 *       or with {@code useMinVersion} the lowest version the specifier allows. Its pyproject result is
 *       the set of names per section ({@link #structure}).
 *   <li>osv-scanner v1 writes PEP 503 names and gives an unpinned requirement the version after its
 *       operator ({@code >=1.2} gives 1.2), or "0.0.0" when there is none or it is {@code !=}.
 * </ul>
 */
final class PythonPeerViews {
    private static final Pattern SCALIBR_UNSUPPORTED = Pattern.compile("\\*|<[^=]|,|!=");
    private static final Pattern WILDCARD = Pattern.compile("\\d+(\\.\\d+)*\\.\\*");

    private PythonPeerViews() {}

    static PeerView of(Case c) {
        if (c.raw().has("pyprojectStructure")) {
            return PythonPeerViews::structure;
        }
        return switch (c.peer()) {
            case "osv-scalibr" -> (k, x) -> packages(x).stream().map(cmp -> new Pkg(declared(cmp), or(cmp.version(), scalibrVersion(cmp)))).toList();
            case "osv-scanner-v1" -> (k, x) -> packages(x).stream().map(cmp -> new Pkg(cmp.name(), or(cmp.version(), v1Version(cmp)))).toList();
            case "trivy" -> {
                boolean min = c.raw().path("peerOptions").path("useMinVersion").asBoolean(false);
                yield (k, x) -> packages(x).stream()
                        .map(cmp -> new Pkg(declared(cmp), or(cmp.version(), min ? trivyMinVersion(cmp) : "")))
                        .filter(p -> !p.version().isEmpty())
                        .toList();
            }
            default -> throw new AssertionError("no view for peer " + c.peer());
        };
    }

    /** The case with Trivy's {@code pyprojectStructure} as its expected list: one entry per section path and name. */
    static Case withStructure(Case c) {
        List<Pkg> expected = new ArrayList<>();
        flatten("", c.raw().get("pyprojectStructure"), expected);
        return new Case(c.dir(), c.format(), c.peer(), c.input(), expected, c.expectError(), c.raw());
    }

    private static void flatten(String prefix, JsonNode node, List<Pkg> out) {
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (e.getKey().equals("Set")) {
                e.getValue().forEach(n -> out.add(new Pkg(prefix + n.asText(), "")));
            } else {
                flatten(prefix + e.getKey() + "/", e.getValue(), out);
            }
        }
    }

    /** Our pyproject components as Trivy's sections; sections Trivy does not read (PEP 735 groups, requires-python) are not part of its result. */
    private static List<Pkg> structure(Case c, dev.upkeep.inventory.Extraction x) {
        List<Pkg> out = new ArrayList<>();
        for (Component cmp : x.components()) {
            String section = cmp.properties().getOrDefault("section", cmp.properties().get("source"));
            String group = cmp.properties().get("group");
            String path = switch (section == null ? "" : section) {
                case "project.dependencies" -> "Project/Dependencies/";
                case "project.optional-dependencies" -> "Project/OptionalDependencies/" + group + "/";
                case "tool.poetry.dependencies" -> "Tool/Poetry/Dependencies/";
                case "tool.poetry.group" -> "Tool/Poetry/Groups/" + group + "/Dependencies/";
                default -> null;
            };
            if (path != null) {
                out.add(new Pkg(path + declared(cmp), ""));
            }
        }
        return out;
    }

    private static List<Component> packages(dev.upkeep.inventory.Extraction x) {
        return x.components().stream().filter(c -> c.ecosystem() == Ecosystem.PYPI).toList();
    }

    private static String declared(Component c) {
        return c.properties().getOrDefault("declaredName", c.name());
    }

    private static String or(String version, String otherwise) {
        return version != null ? version : otherwise;
    }

    static String scalibrVersion(Component c) {
        String spec = c.constraint();
        if (spec == null || c.skipReason() != SkipReason.UNPINNED || SCALIBR_UNSUPPORTED.matcher(spec).find()) {
            return "";
        }
        for (String op : List.of("===", "==", ">=", "<=", "~=")) {
            int at = spec.indexOf(op);
            if (at >= 0) {
                return spec.substring(at + op.length()).replaceAll("\\s", "");
            }
        }
        return "";
    }

    static String v1Version(Component c) {
        String spec = c.constraint();
        if (spec == null) {
            return "0.0.0";
        }
        String found = null;
        for (String op : List.of("==", ">=", "~=", "!=")) {
            if (spec.contains(op)) {
                found = op;
            }
        }
        if (found == null || found.equals("!=")) {
            return "0.0.0";
        }
        return spec.substring(spec.indexOf(found) + found.length()).strip().split(" ")[0];
    }

    /** Trivy's lowest allowed version: the greatest of the {@code >=}, {@code ~=} and {@code ==X.*} bounds; "" when a wildcard is malformed or none. */
    static String trivyMinVersion(Component c) {
        String spec = c.constraint();
        if (spec == null) {
            return "";
        }
        String best = "";
        for (String clause : spec.split(",")) {
            String cl = clause.strip();
            String bound = null;
            if (cl.startsWith(">=") || cl.startsWith("~=")) {
                bound = cl.substring(2).strip();
            } else if (cl.startsWith("==") && cl.contains("*")) {
                String v = cl.substring(2).strip();
                if (!WILDCARD.matcher(v).matches()) {
                    return "";
                }
                bound = v.replace("*", "0");
            }
            if (bound != null && (best.isEmpty() || compare(bound, best) > 0)) {
                best = bound;
            }
        }
        return best;
    }

    private static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            BigInteger p = i < x.length && x[i].matches("\\d+") ? new BigInteger(x[i]) : BigInteger.ZERO;
            BigInteger q = i < y.length && y[i].matches("\\d+") ? new BigInteger(y[i]) : BigInteger.ZERO;
            int cmp = p.compareTo(q);
            if (cmp != 0) {
                return cmp;
            }
        }
        return 0;
    }
}
