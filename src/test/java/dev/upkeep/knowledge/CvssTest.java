package dev.upkeep.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.domain.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CvssTest {
    @ParameterizedTest(name = "baseScore({0}) = {1}")
    @CsvSource({
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H, 9.8, CRITICAL",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H, 7.5, HIGH",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N, 6.1, MEDIUM",
        "CVSS:3.0/AV:L/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N, 1.8, LOW",
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N, 9.3, CRITICAL",
        "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:H/SC:N/SI:N/SA:N, 8.7, HIGH"
    })
    void scoresAndBands(String vector, double score, Severity severity) {
        assertThat(Cvss.baseScore(vector)).as("baseScore(%s)", vector).contains(score);
        assertThat(Cvss.severity(score)).isEqualTo(severity);
    }

    @ParameterizedTest
    @CsvSource({"not a vector", "CVSS:3.1/AV:X"})
    void nonsenseHasNoScore(String vector) {
        assertThat(Cvss.baseScore(vector)).as("baseScore(%s)", vector).isEmpty();
    }
}
