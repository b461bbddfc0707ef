package dev.upkeep.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.config.ConfigLoader;
import dev.upkeep.config.IgnoreEntry;
import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Severity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IgnoreFilterTest {
    static final List<IgnoreEntry> IGNORES = ConfigLoader.parse("""
            ignore:
              - id: GHSA-aaaa-bbbb-cccc
                reason: not reachable from our code
                until: 2027-01-31
              - id: drift/major
                path: frontend/**
                reason: frontend majors wait for the redesign
                until: 2026-10-31
              - id: GHSA-gone-gone-gone
                reason: fixed long ago
                until: 2026-01-31
            """, "upkeep.yml").ignores();

    static Finding finding(String rule, String subject, String file) {
        return Finding.of(rule, subject, Severity.HIGH, "m", Location.of(file), "f");
    }

    @Test
    void entriesInForceSuppressAndExpiredOnesResurface() {
        Finding advisory = finding(DriftFindings.ADVISORY, "GHSA-aaaa-bbbb-cccc", "api/requirements.txt");
        Finding major = finding(DriftFindings.MAJOR, "pkg:npm/next", "frontend/package.json");
        Finding other = finding(DriftFindings.MAJOR, "pkg:pypi/fastapi", "api/requirements.txt");
        IgnoreFilter.Outcome o = IgnoreFilter.apply(List.of(advisory, major, other), IGNORES, LocalDate.parse("2026-11-21"), "upkeep.yml");
        assertThat(o.suppressed()).isEqualTo(1);
        assertThat(o.kept()).extracting(Finding::ruleId).containsExactly(DriftFindings.MAJOR, DriftFindings.MAJOR,
                IgnoreFilter.EXPIRED_RULE, IgnoreFilter.EXPIRED_RULE);
        assertThat(o.kept().get(0).evidence()).containsEntry("ignoreExpired", "2026-10-31 (upkeep.yml:5)");
        assertThat(o.kept().get(1).evidence()).doesNotContainKey("ignoreExpired");
        Finding expired = o.kept().get(2);
        assertThat(expired.location()).isEqualTo(new Location("upkeep.yml", 5));
        assertThat(expired.id()).isEqualTo("upkeep/expired-ignore:drift/major@2026-10-31@upkeep.yml");
        assertThat(expired.message()).isEqualTo("the ignore of 'drift/major' in 'frontend/**' expired on 2026-10-31 (reason given: frontend"
                + " majors wait for the redesign); 1 finding is reported again");
        assertThat(o.kept().get(3).message()).endsWith("it matches no current finding; delete it");
    }

    @Test
    void onItsLastDayAnEntryStillHolds() {
        Finding major = finding(DriftFindings.MAJOR, "pkg:npm/next", "frontend/package.json");
        assertThat(IgnoreFilter.apply(List.of(major), IGNORES.subList(1, 2), LocalDate.parse("2026-10-31"), "upkeep.yml").kept()).isEmpty();
        assertThat(IgnoreFilter.apply(List.of(major), IGNORES.subList(1, 2), LocalDate.parse("2026-11-01"), "upkeep.yml").kept()).hasSize(2);
    }
}
