package dev.upkeep.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.calendar.CalendarSection;
import dev.upkeep.config.ConfigLoader;
import dev.upkeep.config.UpkeepConfig;
import dev.upkeep.domain.Finding;
import dev.upkeep.domain.FindingClass;
import dev.upkeep.domain.Severity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Live-probe findings get the policy's classes, due dates and ignores, as drift and lint findings do in a plan. */
class OperationsFindingsTest {
    static final Instant NOW = ZonedDateTime.parse("2026-11-21T10:00+01:00[Europe/Brussels]").toInstant();

    static OperationsFindings ops(String yaml, Instant now) {
        UpkeepConfig config = yaml == null ? UpkeepConfig.DEFAULTS : ConfigLoader.parse(yaml, "upkeep.yml");
        Policy p = PolicySection.read(config);
        return new OperationsFindings(p, CalendarSection.read(config, p.zone()), config.ignores(), now, "upkeep.yml");
    }

    static Finding probe(String rule, Severity s) {
        return Finding.of(rule, "https://api.example.com/health", s, "x", null, "fix");
    }

    @Test
    void eachSeverityGetsTheRunbooksClassAndDueDate() {
        List<Finding> out = ops(null, NOW).assess(List.of(
                probe("probe/unreachable", Severity.CRITICAL),
                probe("probe/tls-expiry", Severity.HIGH),
                probe("probe/http-latency", Severity.MEDIUM),
                probe("probe/postgres-cache-hit", Severity.LOW),
                probe("probe/postgres-no-stat-statements", Severity.INFO)));
        assertThat(out).extracting(Finding::findingClass, Finding::due, Finding::cadence).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FindingClass.URGENT, LocalDate.parse("2026-11-22"), "out-of-band"),
                org.assertj.core.groups.Tuple.tuple(FindingClass.URGENT, LocalDate.parse("2026-11-23"), "out-of-band"),
                org.assertj.core.groups.Tuple.tuple(FindingClass.PLANNED, LocalDate.parse("2027-01-07"), "monthly 2027-01"),
                org.assertj.core.groups.Tuple.tuple(FindingClass.PLANNED, LocalDate.parse("2027-01-14"), "quarterly 2027-Q1"),
                org.assertj.core.groups.Tuple.tuple(FindingClass.DEFER, LocalDate.parse("2027-01-14"), "semi-annual 2027-H1"));
    }

    @Test
    void aFreezeThatAllowsOperationsKeepsPlannedOperationsInItsMonth() {
        Finding latency = probe("probe/http-latency", Severity.MEDIUM);
        assertThat(ops("freeze: [{name: holidays, from: \"12-01\", to: \"12-31\", allow: [security, operations]}]\n", NOW)
                .assess(List.of(latency)).get(0).cadence()).isEqualTo("monthly 2026-12");
        assertThat(ops("freeze: [{name: holidays, from: \"12-01\", to: \"12-31\", allow: [security, hygiene]}]\n", NOW)
                .assess(List.of(latency)).get(0).cadence()).as("operations is its own category, not hygiene").isEqualTo("monthly 2027-01");
    }

    @Test
    void policyOperationsOverridesTheDefaults() {
        Finding tls = probe("probe/tls-expiry", Severity.HIGH);
        assertThat(ops("policy:\n  operations:\n    high: {class: planned, cadence: monthly}\n", NOW).assess(List.of(tls)).get(0))
                .extracting(Finding::findingClass, Finding::cadence).containsExactly(FindingClass.PLANNED, "monthly 2027-01");
        assertThat(ops("policy:\n  operations:\n    high: {within: 12h}\n", NOW).assess(List.of(tls)).get(0).due())
                .as("12 hours after 10:00 is still the 21st").isEqualTo("2026-11-21");
        assertThat(ops("policy:\n  hygiene:\n    high: {class: defer, cadence: annual}\n", NOW).assess(List.of(tls)).get(0).findingClass())
                .as("hygiene rules do not apply to live findings").isEqualTo(FindingClass.URGENT);
    }

    @Test
    void ignoresInForceDropFindingsAndExpiredOnesBringThemBack() {
        String yaml = """
                ignore:
                  - {id: probe/http-hsts, reason: internal service behind the VPN, until: 2027-06-30}
                  - {id: probe/http-csp, reason: waiting for the new frontend, until: 2026-10-31}
                  - {id: GHSA-aaaa-bbbb-cccc, reason: not reachable, until: 2026-01-01}
                """;
        List<Finding> out = ops(yaml, NOW).assess(List.of(
                probe("probe/http-hsts", Severity.MEDIUM), probe("probe/http-csp", Severity.MEDIUM), probe("probe/http-status", Severity.HIGH)));
        assertThat(out).extracting(Finding::ruleId)
                .as("hsts ignored; csp's ignore expired and resurfaces; the advisory's expired ignore is not check's to report")
                .containsExactly("probe/http-csp", "probe/http-status", IgnoreFilter.EXPIRED_RULE);
        assertThat(out.get(0).evidence()).containsKey("ignoreExpired");
        assertThat(out).allSatisfy(f -> assertThat(f.findingClass()).as(f.ruleId()).isNotNull());
    }
}
