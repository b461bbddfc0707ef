package dev.upkeep.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.calendar.CalendarSection;
import dev.upkeep.calendar.Schedule;
import dev.upkeep.config.ConfigLoader;
import dev.upkeep.domain.Finding;
import dev.upkeep.domain.FindingClass;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Severity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClassifierTest {
    static final Instant NOW = ZonedDateTime.parse("2026-11-21T10:00+01:00[Europe/Brussels]").toInstant();

    static Classifier classifier(String yaml, Instant now) {
        var config = yaml == null ? dev.upkeep.config.UpkeepConfig.DEFAULTS : ConfigLoader.parse(yaml, "upkeep.yml");
        Policy p = PolicySection.read(config);
        Schedule s = CalendarSection.read(config, p.zone());
        return new Classifier(p, s, now);
    }

    static Finding advisory(Severity s, String relation) {
        return Finding.of(DriftFindings.ADVISORY, "GHSA-test", s, "x", Location.of("package.json"), "upgrade")
                .withEvidence(Map.of("relation", relation));
    }

    static Finding of(String rule, Severity s) {
        return Finding.of(rule, "subject", s, "x", Location.of("f"), "fix");
    }

    @Test
    void everySignalGetsItsClassDueDateAndCadence() {
        Classifier c = classifier(null, NOW);
        assertThat(c.apply(advisory(Severity.CRITICAL, "direct"), NOW))
                .extracting(Finding::findingClass, Finding::due, Finding::cadence)
                .containsExactly(FindingClass.URGENT, LocalDate.parse("2026-11-22"), "out-of-band");
        assertThat(c.apply(advisory(Severity.CRITICAL, "transitive"), NOW).due()).as("critical, transitive: 48 h").isEqualTo("2026-11-23");
        assertThat(c.apply(advisory(Severity.HIGH, "direct"), NOW).due()).isEqualTo("2026-11-23");
        assertThat(c.apply(advisory(Severity.MEDIUM, "direct"), NOW)).as("security work goes through the December freeze")
                .extracting(Finding::findingClass, Finding::due, Finding::cadence)
                .containsExactly(FindingClass.PLANNED, LocalDate.parse("2026-12-07"), "monthly 2026-12");
        assertThat(c.apply(of(DriftFindings.END_OF_LIFE, Severity.HIGH), NOW))
                .extracting(Finding::findingClass, Finding::due).containsExactly(FindingClass.URGENT, LocalDate.parse("2026-11-24"));
        assertThat(c.apply(of(DriftFindings.MINOR, Severity.INFO), NOW)).as("a minor update waits out the freeze")
                .extracting(Finding::findingClass, Finding::due, Finding::cadence)
                .containsExactly(FindingClass.PLANNED, LocalDate.parse("2027-01-07"), "monthly 2027-01");
        assertThat(c.apply(of(DriftFindings.PATCH, Severity.INFO), NOW).cadence()).isEqualTo("monthly 2027-01");
        Classification major = c.classify(of(DriftFindings.MAJOR, Severity.LOW), NOW);
        assertThat(major.findingClass()).isEqualTo(FindingClass.DEFER);
        assertThat(major.cadence()).as("evaluated at the semi-annual").isEqualTo("semi-annual 2027-H1");
        assertThat(major.due()).isEqualTo("2027-01-14");
        assertThat(major.adopt().label()).as("adopted at the next quarterly").isEqualTo("quarterly 2027-Q2");
        assertThat(c.apply(of("secrets/private-key", Severity.CRITICAL), NOW).findingClass()).isEqualTo(FindingClass.URGENT);
        assertThat(c.apply(of("compose/no-healthcheck", Severity.HIGH), NOW).cadence()).isEqualTo("monthly 2027-01");
        assertThat(c.apply(of("ci/no-image-scan", Severity.MEDIUM), NOW).cadence()).isEqualTo("quarterly 2027-Q1");
        assertThat(c.apply(of("dockerfile/base-image-no-digest", Severity.LOW), NOW))
                .extracting(Finding::findingClass, Finding::cadence).containsExactly(FindingClass.DEFER, "semi-annual 2027-H1");
    }

    @Test
    void urgentDueDatesAreTheSlaAfterDetectionInThePolicysZone() {
        Instant lateUtc = Instant.parse("2026-11-21T23:30:00Z");
        assertThat(classifier(null, lateUtc).classify(advisory(Severity.CRITICAL, "direct"), lateUtc).dueAt())
                .as("23:30 UTC is already the 22nd in Brussels").hasToString("2026-11-23T00:30+01:00[Europe/Brussels]");
        assertThat(classifier("policy: {zone: UTC}\n", lateUtc).apply(advisory(Severity.CRITICAL, "direct"), lateUtc).due())
                .isEqualTo("2026-11-22");
        assertThat(classifier("policy: {zone: Pacific/Auckland}\n", lateUtc).apply(advisory(Severity.CRITICAL, "direct"), lateUtc).due())
                .isEqualTo("2026-11-23");
        Instant beforeDst = ZonedDateTime.parse("2027-03-27T12:00+01:00[Europe/Brussels]").toInstant();
        assertThat(classifier(null, beforeDst).classify(advisory(Severity.CRITICAL, "direct"), beforeDst).dueAt())
                .as("24 hours over the spring change end at 13:00 on the wall clock").hasToString("2027-03-28T13:00+02:00[Europe/Brussels]");
        Instant monthEnd = Instant.parse("2027-01-31T12:00:00Z");
        assertThat(classifier(null, monthEnd).apply(advisory(Severity.HIGH, "direct"), monthEnd).due()).isEqualTo("2027-02-02");
        Instant leap = Instant.parse("2028-02-28T12:00:00Z");
        assertThat(classifier(null, leap).apply(advisory(Severity.HIGH, "direct"), leap).due()).isEqualTo("2028-03-01");
        Instant yearEnd = Instant.parse("2026-12-31T20:00:00Z");
        assertThat(classifier(null, yearEnd).apply(advisory(Severity.CRITICAL, "direct"), yearEnd).due()).as("the new year").isEqualTo("2027-01-01");
    }

    @Test
    void anEndOfLifeSoonIsDueBeforeTheEndOfLife() {
        Classifier c = classifier(null, NOW);
        Finding far = of(DriftFindings.END_OF_LIFE_SOON, Severity.MEDIUM).withEvidence(Map.of("eol", "2027-02-10"));
        assertThat(c.apply(far, NOW)).extracting(Finding::cadence, Finding::due).containsExactly("quarterly 2027-Q1", LocalDate.parse("2027-01-14"));
        Finding near = of(DriftFindings.END_OF_LIFE_SOON, Severity.MEDIUM).withEvidence(Map.of("eol", "2027-01-10"));
        assertThat(c.apply(near, NOW).due()).as("the end of life comes first").isEqualTo("2027-01-10");
    }

    @Test
    void aDetectionInThePastShortensTheDueDate() {
        Classifier c = classifier(null, NOW);
        Instant seen = NOW.minus(java.time.Duration.ofDays(3));
        assertThat(c.apply(advisory(Severity.HIGH, "direct"), seen).due()).as("first seen three days ago: overdue").isEqualTo("2026-11-20");
    }

    @Test
    void aPolicyMovesAFinding() {
        Classifier c = classifier("policy:\n  hygiene:\n    low: {class: urgent, within: 3d}\n  updates:\n    minor: {cadence: quarterly}\n", NOW);
        assertThat(c.apply(of("dockerfile/base-image-no-digest", Severity.LOW), NOW).due()).isEqualTo("2026-11-24");
        assertThat(c.apply(of(DriftFindings.MINOR, Severity.INFO), NOW).cadence()).isEqualTo("quarterly 2027-Q1");
        assertThat(c.today()).isEqualTo("2026-11-21");
    }
}
