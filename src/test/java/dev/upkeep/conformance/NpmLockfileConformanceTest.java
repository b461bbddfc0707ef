package dev.upkeep.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upkeep.domain.Component;
import dev.upkeep.domain.Scope;
import dev.upkeep.domain.SkipReason;
import dev.upkeep.inventory.Extraction;
import dev.upkeep.inventory.Extractor;
import dev.upkeep.inventory.npm.NpmComponents;
import dev.upkeep.inventory.registry.ExtractorRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The npm lockfile formats against OSV-SCALIBR's and Trivy's fixtures. Failing cases must be
 * exactly the documented deviations in {@code lockfiles-npm-deviations.tsv}.
 *
 * <p>Each peer is compared through its own conventions (a {@link LockfileHarness.PeerView}), which
 * differ from ours in ways docs/conformance/lockfiles-npm.md explains: Trivy leaves out yarn's git
 * and local packages and pnpm v5/v6 dev packages, and counts each pnpm peer variant; scalibr reports
 * yarn's stand-in version {@code 0.0.0-use.local} for workspaces, which we do not. Where scalibr computes dev/optional groups
 * (package-lock, pnpm v5/v6) they are compared with our scope too, and where a peer reports the
 * line of a registry package, that line must be among ours.
 */
@Tag("conformance")
class NpmLockfileConformanceTest {
    /** index.json format → our extractor id. */
    static final Map<String, String> EXTRACTORS = Map.of(
            "package-lock.json", "npm/package-lock",
            "pnpm-lock.yaml", "npm/pnpm-lock",
            "yarn.lock", "npm/yarn-lock",
            "bun.lock", "npm/bun-lock");

    private static int linesChecked;

    @Test
    void npmLockfilesMatchThePeers() {
        List<LockfileHarness.Outcome> outcomes = new ArrayList<>();
        for (LockfileHarness.Case c : LockfileHarness.cases(List.copyOf(EXTRACTORS.keySet()))) {
            Extractor x = extractor(EXTRACTORS.get(c.format()));
            LockfileHarness.Outcome o = LockfileHarness.run(c, x, view(c));
            outcomes.add(withLines(withGroups(o, x), x));
        }
        Map<String, String> documented = LockfileHarness.deviations("lockfiles-npm-deviations.tsv");
        SharedData.writeSummary("lockfiles-npm", LockfileHarness.summary("npm lockfiles", outcomes, documented)
                + "\nLines: " + linesChecked + " packages located by a peer and reported by us; every failure above names those off their line.\n");
        Map<String, String> failing = new TreeMap<>();
        outcomes.stream().filter(o -> !o.passed()).forEach(o -> failing.put(o.kase().dir(), o.describe()));
        assertThat(failing.keySet()).as("failing cases vs documented deviations").isEqualTo(documented.keySet());
    }

    static Extractor extractor(String id) {
        return ExtractorRegistry.all().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no extractor registered with id " + id));
    }

    /** Our extraction in the peer's vocabulary for one case. */
    static LockfileHarness.PeerView view(LockfileHarness.Case c) {
        boolean trivy = c.peer().equals("trivy");
        return switch (c.format()) {
            case "pnpm-lock.yaml" -> (k, x) -> {
                boolean legacy = pnpmMajor(k) < 9;
                List<LockfileHarness.Pkg> out = new ArrayList<>();
                for (Component cmp : x.components()) {
                    if (trivy && legacy && cmp.scope() == Scope.DEV) {
                        continue; // Trivy leaves out pnpm v5/v6 packages flagged dev: true
                    }
                    int copies = trivy ? cmp.properties().getOrDefault(NpmComponents.PEER_SETS, "()").split(" ").length : 1;
                    for (int i = 0; i < copies; i++) {
                        out.add(plain(cmp)); // Trivy counts each peer variant
                    }
                }
                return out;
            };
            case "yarn.lock" -> (k, x) -> x.components().stream()
                    .filter(cmp -> !trivy || cmp.skipReason() == null) // Trivy leaves out git and local packages
                    .map(cmp -> cmp.skipReason() == SkipReason.WORKSPACE && cmp.version() == null
                            ? new LockfileHarness.Pkg(cmp.name(), "0.0.0-use.local") // scalibr keeps yarn's stand-in version
                            : plain(cmp))
                    .toList();
            default -> LockfileHarness.PLAIN;
        };
    }

    private static LockfileHarness.Pkg plain(Component c) {
        return new LockfileHarness.Pkg(c.name(), c.version() == null ? "" : c.version());
    }

    private static final Pattern PNPM_VERSION = Pattern.compile("lockfileVersion:\\s*'?(\\d+)");

    private static int pnpmMajor(LockfileHarness.Case c) {
        try {
            Matcher m = PNPM_VERSION.matcher(Files.readString(c.input()));
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + c.input(), e);
        }
    }

    /**
     * Adds scalibr's dev/optional groups to the comparison where scalibr computes them: package-lock
     * flags and pnpm v5/v6 flags (for pnpm v9, yarn and bun it reports none at all). dev (with or
     * without optional) is our dev scope, optional alone our optional scope, no group prod or peer.
     */
    private static LockfileHarness.Outcome withGroups(LockfileHarness.Outcome o, Extractor x) {
        LockfileHarness.Case c = o.kase();
        boolean computed = c.peer().equals("osv-scalibr")
                && (c.format().equals("package-lock.json") || c.format().equals("pnpm-lock.yaml") && pnpmMajor(c) < 9);
        if (!computed || !o.passed() || c.expectError() != null) {
            return o;
        }
        Extraction ours = extract(c, x);
        List<String> wrong = new ArrayList<>();
        for (JsonNode p : c.raw().path("packages")) {
            Scope expected = p.path("dev").asBoolean() ? Scope.DEV : p.path("optional").asBoolean() ? Scope.OPTIONAL : Scope.PROD;
            Scope got = ours.components().stream()
                    .filter(cmp -> cmp.name().equals(p.path("name").asText()) && view(c).apply(c, Extraction.of(List.of(cmp)))
                            .contains(new LockfileHarness.Pkg(p.path("name").asText(), p.path("version").asText(""))))
                    .map(cmp -> cmp.scope() == Scope.PEER ? Scope.PROD : cmp.scope())
                    .reduce(Scope::strongest).orElse(null);
            if (got != expected) {
                wrong.add(p.path("name").asText() + "@" + p.path("version").asText("") + " groups " + p.path("depGroups")
                        + " but scope " + got);
            }
        }
        return wrong.isEmpty() ? o : new LockfileHarness.Outcome(c, false, o.missing(), o.extra(), "dev/optional: " + wrong);
    }

    /**
     * Adds the lines the peers report (scalibr's {@code location.line}, Trivy's {@code startLine}) to
     * the comparison, for registry packages: each must be one of the component's locations.
     */
    private static LockfileHarness.Outcome withLines(LockfileHarness.Outcome o, Extractor x) {
        LockfileHarness.Case c = o.kase();
        if (!o.passed() || c.expectError() != null) {
            return o;
        }
        Extraction ours = extract(c, x);
        List<String> wrong = new ArrayList<>();
        for (JsonNode p : c.raw().path("packages")) {
            List<Integer> lines = new ArrayList<>();
            if (p.path("location").has("line")) {
                lines.add(p.path("location").path("line").asInt());
            }
            p.path("locations").forEach(l -> lines.add(l.path("startLine").asInt()));
            List<Integer> got = ours.components().stream()
                    .filter(cmp -> cmp.name().equals(p.path("name").asText()) && p.path("version").asText("").equals(cmp.version()))
                    .flatMap(cmp -> cmp.locations().stream().map(l -> l.line())).toList();
            if (!got.isEmpty() && !lines.isEmpty()) {
                linesChecked++;
            }
            if (!got.isEmpty() && !got.containsAll(lines)) {
                wrong.add(p.path("name").asText() + "@" + p.path("version").asText() + " at " + lines + " but ours " + got);
            }
        }
        return wrong.isEmpty() ? o : new LockfileHarness.Outcome(c, false, o.missing(), o.extra(), "lines: " + wrong);
    }

    private static Extraction extract(LockfileHarness.Case c, Extractor x) {
        try {
            return x.extract(new dev.upkeep.inventory.FileInput(c.input().getParent().toRealPath(),
                    c.input().getFileName().toString(), 64L << 20));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + c.input(), e);
        }
    }
}
