package dev.upkeep.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Kind;
import dev.upkeep.domain.Severity;
import dev.upkeep.knowledge.Advisory;
import dev.upkeep.knowledge.Release;
import dev.upkeep.versioning.UpdateType;
import dev.upkeep.versioning.registry.VersionSchemes;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UpgradePathsTest {
    static final Component NEXT = Component.builder(Ecosystem.NPM, Kind.PACKAGE, "next").version("14.1.0")
            .purl("pkg:npm/next@14.1.0").location("web/package.json", 20).build();

    static Advisory advisory(String id, Severity s, String introduced, String fixed) {
        return new Advisory(id, List.of(), "test", s, "label", null, null, List.of(new Advisory.Affected("npm", "next",
                List.of(new Advisory.Range("SEMVER", List.of(new Advisory.Event("introduced", introduced), new Advisory.Event("fixed", fixed)))),
                List.of())), null, null, List.of("test"));
    }

    static final List<Advisory> KNOWN = List.of(advisory("GHSA-one", Severity.HIGH, "0", "14.1.1"),
            advisory("GHSA-two", Severity.CRITICAL, "14.0.0", "14.2.10"),
            advisory("GHSA-later", Severity.HIGH, "14.2.10", "14.2.25"));

    static final ReleaseLookup RELEASES = (e, n) -> List.of("14.1.0", "14.1.1", "14.2.10", "14.2.25", "14.2.35", "15.0.0-rc.1", "16.0.1")
            .stream().map(v -> Release.of(v, null)).toList();

    @Test
    void securityTargetIsTheLowestReleaseNoKnownAdvisoryAffects() {
        AdvisoryMatcher m = new AdvisoryMatcher(VersionSchemes::byId);
        Drift d = new Drift(NEXT, "16.0.1", null, UpdateType.MAJOR, null, null, null, null, m.match(NEXT, KNOWN), List.of());
        UpgradePath p = new UpgradePaths(RELEASES, c -> KNOWN, VersionSchemes::byId).of(d);
        assertThat(p.security()).as("14.2.10 fixes both matches, but GHSA-later affects it").isEqualTo("14.2.25");
        assertThat(p.inMajor()).isEqualTo("14.2.35");
        assertThat(p.inMajorType()).isEqualTo(UpdateType.MINOR);
        assertThat(p.major()).isEqualTo("16.0.1");
        assertThat(p.unfixed()).isEmpty();

        UpgradePath blind = new UpgradePaths(ReleaseLookup.NONE, c -> List.of(), VersionSchemes::byId).of(d);
        assertThat(blind.security()).as("without release data: the highest fix").isEqualTo("14.2.10");
        assertThat(blind.inMajor()).isNull();
    }

    @Test
    void runtimesMoveByReleaseCycle() {
        Component node = Component.builder(Ecosystem.RUNTIME, Kind.RUNTIME, "node").version("20.10.0").purl("pkg:generic/node@20.10.0")
                .location(".nvmrc", 1).build();
        LifecycleStatus life = new LifecycleStatus("nodejs", "20", LocalDate.parse("2026-04-30"), true, -205L, true, false, "20.19.5", "24");
        UpgradePath p = new UpgradePaths(ReleaseLookup.NONE, c -> List.of(), VersionSchemes::byId)
                .of(new Drift(node, "24.11.1", null, UpdateType.MAJOR, null, null, null, life, List.of(), List.of()));
        assertThat(p.major()).isEqualTo("24.11.1");
        assertThat(p.inMajor()).isEqualTo("20.19.5");
        List<Finding> findings = DriftFindings.of(p, 90);
        assertThat(findings).extracting(Finding::ruleId).as("past its end of life: no major or in-cycle finding besides")
                .containsExactly(DriftFindings.END_OF_LIFE);
        assertThat(findings.get(0).subject()).isEqualTo("nodejs 20");
        assertThat(findings.get(0).evidence()).containsEntry("eol", "2026-04-30").containsEntry("package", "pkg:generic/node");

        Component image = Component.builder(Ecosystem.DOCKER, Kind.IMAGE, "library/postgres").version("13.16-alpine")
                .purl("pkg:docker/library/postgres@13.16-alpine").location("compose.yaml", 10).build();
        LifecycleStatus pg = new LifecycleStatus("postgresql", "13", LocalDate.parse("2025-11-13"), true, -373L, false, false, "13.23", "18");
        UpgradePath ip = new UpgradePaths(ReleaseLookup.NONE, c -> List.of(), VersionSchemes::byId)
                .of(new Drift(image, null, null, null, null, null, null, pg, List.of(), List.of()));
        assertThat(ip.major()).as("an image without tag data moves to the newest cycle").isEqualTo("18");
        assertThat(ip.inMajor()).isEqualTo("13.23");
        assertThat(UpgradePaths.versionOf(image)).isEqualTo("13.16");
    }

    @Test
    void driftFindingsHaveStableIdsAndEvidence() {
        AdvisoryMatcher m = new AdvisoryMatcher(VersionSchemes::byId);
        Drift d = new Drift(NEXT, "16.0.1", null, UpdateType.MAJOR, null, null, null, null, m.match(NEXT, KNOWN), List.of());
        List<Finding> fs = DriftFindings.of(new UpgradePaths(RELEASES, c -> KNOWN, VersionSchemes::byId).of(d), 90);
        assertThat(fs).extracting(Finding::id).containsExactly("drift/advisory:GHSA-two@web/package.json",
                "drift/advisory:GHSA-one@web/package.json", "drift/major:pkg:npm/next@web/package.json",
                "drift/minor:pkg:npm/next@web/package.json");
        assertThat(fs.get(0).evidence()).containsAllEntriesOf(Map.of("fixedIn", "14.2.10", "version", "14.1.0", "relation", "direct"));
        assertThat(fs.get(0).fix()).isEqualTo("Upgrade next to 14.2.10 or later");
        Component scoped = Component.builder(Ecosystem.NPM, Kind.PACKAGE, "@types/node").version("20.1.0")
                .purl("pkg:npm/%40types/node@20.1.0?arch=x#sub").build();
        assertThat(DriftFindings.packageId(scoped)).isEqualTo("pkg:npm/%40types/node");
    }
}
