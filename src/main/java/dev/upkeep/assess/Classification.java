package dev.upkeep.assess;

import static java.util.Objects.requireNonNull;

import dev.upkeep.calendar.Occurrence;
import dev.upkeep.domain.FindingClass;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * What the policy decided for one finding.
 *
 * @param findingClass urgent, planned or defer
 * @param dueAt for urgent work, the moment its SLA ends, in the policy's zone; else null
 * @param due the day it is due, in the policy's zone
 * @param occurrence for planned work, the occurrence that does it; for deferred work, the one that
 *     evaluates it; null for urgent (out-of-band) work
 * @param adopt for deferred work, the occurrence that adopts it, or null
 */
public record Classification(FindingClass findingClass, ZonedDateTime dueAt, LocalDate due, Occurrence occurrence, Occurrence adopt) {
    public static final String OUT_OF_BAND = "out-of-band";

    public Classification {
        requireNonNull(findingClass, "findingClass is null");
        requireNonNull(due, "due is null");
    }

    /** The cadence label findings carry: {@code out-of-band}, {@code monthly 2027-01}. */
    public String cadence() {
        return occurrence == null ? OUT_OF_BAND : occurrence.label();
    }

    /** The occurrence whose windows take the work: the adopting one for deferred work; null when out of band. */
    public Occurrence workOccurrence() {
        return adopt != null ? adopt : occurrence;
    }
}
