package dev.upkeep.domain;

import java.util.Locale;

/** What the policy decided to do about a finding. */
public enum FindingClass {
    /** Out of band, within its SLA. */
    URGENT,
    /** In the next window of its cadence. */
    PLANNED,
    /** Evaluated later; carried into the next cycle. */
    DEFER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
