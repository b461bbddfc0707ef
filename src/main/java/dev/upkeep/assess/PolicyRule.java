package dev.upkeep.assess;

import static java.util.Objects.requireNonNull;

import dev.upkeep.calendar.Cadence;
import dev.upkeep.domain.FindingClass;
import java.time.Duration;

/**
 * What the policy does with one kind of signal.
 *
 * @param findingClass urgent, planned or defer
 * @param within for urgent: the SLA from detection to due
 * @param transitiveWithin for urgent advisories of transitive dependencies: their SLA (else {@code within})
 * @param cadence for planned: the cadence whose next occurrence takes the work; for defer: the one
 *     that evaluates it
 * @param adopt for defer: the cadence whose first occurrence after the evaluation does the work, or null
 */
public record PolicyRule(FindingClass findingClass, Duration within, Duration transitiveWithin, Cadence cadence, Cadence adopt) {
    public PolicyRule {
        requireNonNull(findingClass, "findingClass is null");
        if (findingClass == FindingClass.URGENT && within == null) {
            throw new IllegalArgumentException("an urgent rule needs 'within'");
        }
        if (findingClass != FindingClass.URGENT && cadence == null) {
            throw new IllegalArgumentException("a " + findingClass.id() + " rule needs 'cadence'");
        }
    }

    public static PolicyRule urgent(Duration within) {
        return new PolicyRule(FindingClass.URGENT, within, null, null, null);
    }

    public static PolicyRule planned(Cadence cadence) {
        return new PolicyRule(FindingClass.PLANNED, null, null, cadence, null);
    }

    public static PolicyRule defer(Cadence evaluate, Cadence adopt) {
        return new PolicyRule(FindingClass.DEFER, null, null, evaluate, adopt);
    }

    public PolicyRule withTransitiveWithin(Duration d) {
        return new PolicyRule(findingClass, within, d, cadence, adopt);
    }

    /** The SLA for a finding about a direct ({@code transitive == false}) or transitive component. */
    public Duration sla(boolean transitive) {
        return transitive && transitiveWithin != null ? transitiveWithin : within;
    }
}
