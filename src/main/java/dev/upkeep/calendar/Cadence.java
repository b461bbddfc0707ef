package dev.upkeep.calendar;

import java.util.Arrays;
import java.util.Locale;

/**
 * How often a kind of maintenance comes round, as the scheduled-maintenance runbook's cadence
 * table defines it ("Maintenance Cadences"). Each cadence's occurrences are computed by
 * {@link CadenceCalendar}.
 */
public enum Cadence {
    /** Ongoing; reviewed weekly ("Continuous | Ongoing / weekly"). */
    CONTINUOUS("continuous"),
    WEEKLY("weekly"),
    /** "Monthly | 1st week of each month". */
    MONTHLY("monthly"),
    /** "Quarterly | Jan, Apr, Jul, Oct", first two weeks. */
    QUARTERLY("quarterly"),
    /** "Semi-annual | Jan, Jul", aligned with the quarterly cycles of those months. */
    SEMI_ANNUAL("semi-annual"),
    /** Once a year, in January (SSH key rotation, DR drill in the maintenance protocol). */
    ANNUAL("annual");

    private final String id;

    Cadence(String id) {
        this.id = id;
    }

    /** The id used in upkeep.yml and reports: {@code monthly}, {@code semi-annual}. */
    public String id() {
        return id;
    }

    /** @throws IllegalArgumentException naming the known ids */
    public static Cadence fromId(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (Cadence c : values()) {
            if (c.id.equals(wanted)) {
                return c;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a cadence ("
                + String.join(", ", Arrays.stream(values()).map(Cadence::id).toList()) + ")");
    }
}
