package dev.upkeep.knowledge;

import dev.upkeep.domain.Severity;
import java.util.Optional;

/**
 * Base scores from CVSS v3.x and v4.0 vectors, computed by us.springett's cvss-calculator (the
 * FIRST formulas, v4 macro-vector tables included), and the qualitative severity bands of the
 * CVSS specification.
 */
public final class Cvss {
    private Cvss() {}

    /** The base score of a vector, or empty when the vector cannot be parsed. */
    public static Optional<Double> baseScore(String vector) {
        if (vector == null || vector.isBlank()) {
            return Optional.empty();
        }
        try {
            us.springett.cvss.Cvss cvss = us.springett.cvss.Cvss.fromVector(vector.strip());
            if (cvss == null) {
                return Optional.empty();
            }
            return Optional.of(cvss.calculateScore().getBaseScore());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** CVSS qualitative rating: 9.0+ critical, 7.0+ high, 4.0+ medium, 0.1+ low, 0 none (info). */
    public static Severity severity(double score) {
        if (score >= 9.0) {
            return Severity.CRITICAL;
        }
        if (score >= 7.0) {
            return Severity.HIGH;
        }
        if (score >= 4.0) {
            return Severity.MEDIUM;
        }
        return score > 0 ? Severity.LOW : Severity.INFO;
    }
}
