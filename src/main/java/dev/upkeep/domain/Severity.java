package dev.upkeep.domain;

import java.util.Locale;

/** How bad a finding is, from most to least severe. */
public enum Severity {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW,
    INFO;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this is at least as severe as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) <= 0;
    }

    public static Severity fromId(String id) {
        try {
            return valueOf(id.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown severity '" + id + "' (critical, high, medium, low, info)", e);
        }
    }
}
