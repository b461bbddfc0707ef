package dev.upkeep.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.upkeep.calendar.Cadence;
import dev.upkeep.config.ConfigLoader;
import dev.upkeep.config.UpkeepConfig;
import dev.upkeep.domain.FindingClass;
import dev.upkeep.domain.Severity;
import dev.upkeep.domain.UpkeepException;
import dev.upkeep.versioning.UpdateType;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicySectionTest {
    static Policy read(String yaml) {
        return PolicySection.read(ConfigLoader.parse(yaml, "upkeep.yml"));
    }

    @Test
    void defaultsAreTheRunbooksSignalToActionTable() {
        Policy p = PolicySection.read(UpkeepConfig.DEFAULTS);
        assertThat(p).isEqualTo(Policy.DEFAULTS);
        assertThat(p.zone()).isEqualTo(ZoneId.of("Europe/Brussels"));
        assertThat(p.advisories().get(Severity.CRITICAL)).isEqualTo(new PolicyRule(FindingClass.URGENT, Duration.ofHours(24),
                Duration.ofHours(48), null, null));
        assertThat(p.advisories().get(Severity.HIGH).sla(true)).isEqualTo(Duration.ofHours(48));
        assertThat(p.advisories().get(Severity.MEDIUM)).isEqualTo(PolicyRule.planned(Cadence.MONTHLY));
        assertThat(p.update(UpdateType.MAJOR)).isEqualTo(PolicyRule.defer(Cadence.SEMI_ANNUAL, Cadence.QUARTERLY));
        assertThat(p.update(UpdateType.PRERELEASE)).as("a pre-release step counts as a patch").isEqualTo(PolicyRule.planned(Cadence.MONTHLY));
        assertThat(p.endOfLife().within()).isEqualTo(Duration.ofHours(72));
        assertThat(p.endOfLifeSoonDays()).isEqualTo(90);
        assertThat(p.rollback()).isEqualTo(new RollbackCriteria(1.0, 10.0, Duration.ofMillis(500), Duration.ofHours(48)));
    }

    @Test
    void entriesMergeWithTheirDefaultsUnlessTheyChangeClass() {
        Policy p = read("""
                policy:
                  zone: America/New_York
                  advisories:
                    critical: {within: 12h}
                    medium: {class: urgent, within: 7d}
                    low: {class: defer, cadence: quarterly}
                  lifecycle:
                    eolWithin: {days: 180}
                  updates:
                    minor: {cadence: quarterly}
                    major: {adopt: semi-annual}
                  hygiene:
                    info: {class: planned, cadence: annual}
                  rollback: {errorRate: 0.5%, latencyP95: 2s, watch: 1w}
                """);
        assertThat(p.zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(p.advisories().get(Severity.CRITICAL)).as("critical keeps its transitive SLA")
                .isEqualTo(new PolicyRule(FindingClass.URGENT, Duration.ofHours(12), Duration.ofHours(48), null, null));
        assertThat(p.advisories().get(Severity.MEDIUM)).isEqualTo(PolicyRule.urgent(Duration.ofDays(7)));
        assertThat(p.advisories().get(Severity.LOW)).isEqualTo(PolicyRule.defer(Cadence.QUARTERLY, null));
        assertThat(p.endOfLifeSoonDays()).isEqualTo(180);
        assertThat(p.endOfLifeSoon()).isEqualTo(PolicyRule.planned(Cadence.QUARTERLY));
        assertThat(p.update(UpdateType.MINOR)).isEqualTo(PolicyRule.planned(Cadence.QUARTERLY));
        assertThat(p.update(UpdateType.MAJOR)).isEqualTo(PolicyRule.defer(Cadence.SEMI_ANNUAL, Cadence.SEMI_ANNUAL));
        assertThat(p.hygiene().get(Severity.INFO)).isEqualTo(PolicyRule.planned(Cadence.ANNUAL));
        assertThat(p.rollback()).isEqualTo(new RollbackCriteria(0.5, 10.0, Duration.ofSeconds(2), Duration.ofDays(7)));
    }

    @Test
    void withoutAPolicyZoneTheFirstWindowsZoneIsUsed() {
        Policy p = read("windows:\n  - name: a\n    days: [TUE]\n    from: '06:00'\n    to: '08:00'\n    zone: Asia/Tokyo\n");
        assertThat(p.zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
    }

    @Test
    void mistakesNameTheFieldAndTheLine() {
        assertThatThrownBy(() -> read("policy:\n  advisories:\n    criticl: {within: 12h}\n"))
                .isInstanceOf(UpkeepException.class)
                .hasMessage("upkeep.yml:3: policy.advisories.criticl: unknown key (known: critical, high, medium, low, info)");
        assertThatThrownBy(() -> read("policy:\n  advisories:\n    high: {within: 2 days}\n"))
                .hasMessage("upkeep.yml:3: policy.advisories.high.within: '2 days' is not a duration (a number and a unit: 24h, 3d, 2w, 30m, 500ms)");
        assertThatThrownBy(() -> read("policy:\n  advisories:\n    critical:\n      class: planned\n"))
                .hasMessage("upkeep.yml:4: policy.advisories.critical.cadence: a planned rule needs 'cadence' (monthly, quarterly, semi-annual, ...)");
        assertThatThrownBy(() -> read("policy:\n  updates:\n    minor: {class: urgent}\n"))
                .hasMessage("upkeep.yml:3: policy.updates.minor.within: an urgent rule needs 'within' (its SLA, such as 24h)");
        assertThatThrownBy(() -> read("policy:\n  updates:\n    patch:\n      within: 24h\n"))
                .hasMessage("upkeep.yml:4: policy.updates.patch.within: only urgent work has an SLA; planned and deferred work follow their cadence");
        assertThatThrownBy(() -> read("policy:\n  updates:\n    patch: {class: later, cadence: monthly}\n"))
                .hasMessage("upkeep.yml:3: policy.updates.patch.class: 'later' is not a class (urgent, planned, defer)");
        assertThatThrownBy(() -> read("policy:\n  updates:\n    major: {cadence: biweekly}\n"))
                .hasMessageStartingWith("upkeep.yml:3: policy.updates.major.cadence: 'biweekly' is not a cadence");
        assertThatThrownBy(() -> read("policy:\n  rollback:\n    errorRate: lots\n"))
                .hasMessage("upkeep.yml:3: policy.rollback.errorRate: 'lots' is not a percentage (1%, 2.5%)");
        assertThatThrownBy(() -> read("policy:\n  lifecycle:\n    eolWithin: {days: -3}\n"))
                .hasMessage("upkeep.yml:3: policy.lifecycle.eolWithin.days: '-3' is not a positive whole number");
        assertThatThrownBy(() -> read("policy:\n  zone: Nowhere\n"))
                .hasMessageStartingWith("upkeep.yml:2: policy.zone: 'Nowhere' is not a time zone");
        assertThatThrownBy(() -> read("policy:\n  cadences: {}\n"))
                .hasMessageStartingWith("upkeep.yml:2: policy.cadences: unknown key (known: zone, advisories, lifecycle, updates, hygiene, operations, rollback)");
    }

    @Test
    void riskOverridesWinOverTheRunbooksTablesAndMigrationsAreNamed() {
        RiskRules r = RiskRules.read(ConfigLoader.parse("risk:\n  high: [next, postgres]\n  low: [typescript]\n  migrations: [knex]\n",
                "upkeep.yml"));
        assertThat(r.of(List.of("next"))).isEqualTo(Risk.HIGH);
        assertThat(r.of(List.of("library/postgres", "postgres", "postgresql"))).isEqualTo(Risk.HIGH);
        assertThat(r.of(List.of("typescript"))).as("the file wins over the runbook's medium").isEqualTo(Risk.LOW);
        assertThat(r.of(List.of("@nestjs/core"))).as("runbook default").isEqualTo(Risk.MEDIUM);
        assertThat(r.of(List.of("left-pad"))).isEqualTo(Risk.LOW);
        assertThat(r.migrates(List.of("knex"))).isTrue();
        assertThat(r.migrates(List.of("prisma"))).as("a configured list replaces the default").isFalse();
        assertThat(RiskRules.DEFAULTS.migrates(List.of("@prisma/client"))).isTrue();
        assertThatThrownBy(() -> RiskRules.read(ConfigLoader.parse("risk:\n  critical: [x]\n", "upkeep.yml")))
                .hasMessageStartingWith("upkeep.yml:2: risk.critical: unknown key (known: low, medium, high, migrations)");
    }

    @Test
    void groupsAddToAndReplaceTheDefaults() {
        Groups g = Groups.read(ConfigLoader.parse("""
                groups:
                  - name: next
                    packages: [next, eslint-config-next]
                    sameVersion: true
                  - name: react
                    packages: [react, react-dom, "@types/react*"]
                """, "upkeep.yml"));
        assertThat(g.of("eslint-config-next").map(Group::name)).contains("next");
        assertThat(g.of("eslint-config-next").orElseThrow().sameVersion()).isTrue();
        assertThat(g.of("@types/react-dom").map(Group::name)).as("the file's react group replaces the default").contains("react");
        assertThat(g.of("react").orElseThrow().sameVersion()).isFalse();
        assertThat(g.of("@opentelemetry/api").map(Group::name)).contains("opentelemetry");
        assertThat(g.of("socket.io-client").orElseThrow().sameVersion()).isTrue();
        assertThatThrownBy(() -> Groups.read(ConfigLoader.parse("groups:\n  - name: x\n    packages: []\n", "upkeep.yml")))
                .hasMessage("upkeep.yml:3: groups[0].packages: name at least one package");
        assertThatThrownBy(() -> Groups.read(ConfigLoader.parse("groups:\n  - name: x\n    packages: [a]\n    sameVersion: maybe\n",
                "upkeep.yml"))).hasMessage("upkeep.yml:4: groups[0].sameVersion: 'maybe' is not true or false");
        assertThatThrownBy(() -> Groups.read(ConfigLoader.parse("groups:\n  - name: x\n    members: [a]\n", "upkeep.yml")))
                .hasMessageStartingWith("upkeep.yml:3: groups[0].members: unknown key");
    }
}
