package dev.upkeep.assess;

import java.util.Locale;

/** How risky an upgrade of a package is, from the runbook's risk tables ("Risk" column). Ordered low to high. */
public enum Risk {
    LOW,
    MEDIUM,
    HIGH;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Risk max(Risk other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
