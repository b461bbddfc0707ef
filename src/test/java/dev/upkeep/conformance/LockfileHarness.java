package dev.upkeep.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkeep.domain.Component;
import dev.upkeep.inventory.Extraction;
import dev.upkeep.inventory.Extractor;
import dev.upkeep.inventory.FileInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Replays the lockfile cases of {@code ../shared/conformance/lockfiles}: runs our extractor on each
 * fixture and compares the packages with what the peer scanner reports, seen through the peer's
 * conventions (a {@link PeerView}). Used by one test per ecosystem; each keeps its own list of
 * documented deviations, so a regression and an improvement both fail the run.
 */
public final class LockfileHarness {
    /** A package as the peer reports it: its name, its version ("" when none) and flags. */
    public record Pkg(String name, String version) implements Comparable<Pkg> {
        @Override
        public int compareTo(Pkg o) {
            return (name + "@" + version).compareTo(o.name + "@" + o.version);
        }

        @Override
        public String toString() {
            return name + "@" + version;
        }
    }

    /** One case: a fixture directory and what the peer expects of it. */
    public record Case(String dir, String format, String peer, Path input, List<Pkg> expected, String expectError, JsonNode raw) {}

    /** The outcome of one case. */
    public record Outcome(Case kase, boolean passed, List<Pkg> missing, List<Pkg> extra, String error) {
        public String describe() {
            StringBuilder sb = new StringBuilder();
            if (error != null) {
                sb.append("error: ").append(error).append("; ");
            }
            if (!missing.isEmpty()) {
                sb.append("missing ").append(missing).append("; ");
            }
            if (!extra.isEmpty()) {
                sb.append("extra ").append(extra).append("; ");
            }
            return sb.toString().replaceAll("; $", "");
        }
    }

    /** Turns our extraction into the peer's vocabulary for one case. */
    public interface PeerView extends BiFunction<Case, Extraction, List<Pkg>> {}

    /** The default view: one package per component, version "" when unresolved, names as we report them. */
    public static final PeerView PLAIN = (c, x) -> x.components().stream()
            .map(cmp -> new Pkg(cmp.name(), cmp.version() == null ? "" : cmp.version()))
            .toList();

    private static final ObjectMapper JSON = new ObjectMapper();

    private LockfileHarness() {}

    /** Every case of the given lockfile formats (the {@code format} field of index.json). */
    public static List<Case> cases(List<String> formats) {
        Path base = SharedData.conformance().resolve("lockfiles");
        try {
            List<Case> out = new ArrayList<>();
            for (JsonNode e : JSON.readTree(base.resolve("index.json").toFile())) {
                if (!formats.contains(e.get("format").asText())) {
                    continue;
                }
                Path dir = base.resolve(e.get("dir").asText());
                JsonNode exp = JSON.readTree(dir.resolve("expected.json").toFile());
                List<Pkg> pkgs = new ArrayList<>();
                for (JsonNode p : exp.path("packages")) {
                    pkgs.add(new Pkg(p.get("name").asText(), p.path("version").asText("")));
                }
                String err = exp.path("expectError").isMissingNode() || exp.path("expectError").isNull()
                        ? null : exp.path("expectError").toString();
                out.add(new Case(e.get("dir").asText(), e.get("format").asText(), e.get("peer").asText(),
                        dir.resolve(exp.get("input").asText()), pkgs, err, exp));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the lockfile conformance index under " + base, e);
        }
    }

    /** Runs one case with {@code extractor} and compares through {@code view}. */
    public static Outcome run(Case c, Extractor extractor, PeerView view) {
        Extraction x;
        String error = null;
        try {
            x = extractor.extract(new FileInput(c.input().getParent().toRealPath(), c.input().getFileName().toString(), 64L << 20));
        } catch (Exception e) {
            x = Extraction.empty();
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        if (error == null && !x.problems().isEmpty()) {
            error = "problems: " + x.problems();
        }
        List<Pkg> ours = new ArrayList<>(view.apply(c, x));
        List<Pkg> expected = new ArrayList<>(c.expected());
        List<Pkg> missing = minus(expected, ours);
        List<Pkg> extra = minus(ours, expected);
        boolean errorAgrees = (c.expectError() != null) == (error != null);
        boolean passed = missing.isEmpty() && extra.isEmpty() && errorAgrees;
        return new Outcome(c, passed, missing, extra, error == null && c.expectError() != null ? "peer expects an error " + c.expectError() + ", we gave none" : error);
    }

    private static List<Pkg> minus(List<Pkg> a, List<Pkg> b) {
        List<Pkg> rest = new ArrayList<>(a);
        for (Pkg p : b) {
            rest.remove(p);
        }
        Collections.sort(rest);
        return rest;
    }

    /** Normalises a PyPI name the PEP 503 way, for views that compare names case-insensitively. */
    public static String pep503(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
    }

    /**
     * Renders a Markdown summary: per format and peer, cases and passes; then every failing case.
     * {@code deviations} maps a case dir to its documented reason.
     */
    public static String summary(String title, List<Outcome> outcomes, Map<String, String> deviations) {
        Map<String, int[]> perFormat = new TreeMap<>();
        int pkgsExpected = 0;
        int pkgsMatched = 0;
        for (Outcome o : outcomes) {
            int[] n = perFormat.computeIfAbsent(o.kase().format() + " (" + o.kase().peer() + ")", k -> new int[2]);
            n[0]++;
            if (o.passed()) {
                n[1]++;
            }
            pkgsExpected += o.kase().expected().size();
            pkgsMatched += o.kase().expected().size() - o.missing().size();
        }
        StringBuilder sb = new StringBuilder("# " + title + "\n\n| format (peer) | cases | exact match |\n|---|---:|---:|\n");
        perFormat.forEach((k, n) -> sb.append("| ").append(k).append(" | ").append(n[0]).append(" | ").append(n[1]).append(" |\n"));
        long passed = outcomes.stream().filter(Outcome::passed).count();
        sb.append("\nCases: ").append(outcomes.size()).append(", exact: ").append(passed)
                .append(". Expected packages found: ").append(pkgsMatched).append(" of ").append(pkgsExpected).append(".\n\n");
        Map<String, String> failing = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            if (!o.passed()) {
                failing.put(o.kase().dir(), o.describe());
            }
        }
        if (!failing.isEmpty()) {
            sb.append("## Differences\n\n| case | difference | reason |\n|---|---|---|\n");
            failing.forEach((dir, what) -> sb.append("| ").append(dir).append(" | ").append(what.replace("|", "\\|"))
                    .append(" | ").append(deviations.getOrDefault(dir, "**undocumented**")).append(" |\n"));
        }
        return sb.toString();
    }

    /** Reads a deviations file: one {@code case-dir<TAB>reason} per line, # comments allowed. */
    public static Map<String, String> deviations(String resource) {
        Map<String, String> out = new TreeMap<>();
        try (var in = LockfileHarness.class.getResourceAsStream(resource)) {
            if (in == null) {
                return out;
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                out.put(tab < 0 ? line.strip() : line.substring(0, tab).strip(), tab < 0 ? "" : line.substring(tab + 1).strip());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Reads the whole fixture dir listing, for views that need sibling files. */
    public static List<Path> files(Case c) {
        try (var s = Files.list(c.input().getParent())) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The component list of an extraction, for views. */
    public static List<Component> components(Extraction x) {
        return x.components();
    }
}
