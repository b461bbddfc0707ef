package dev.upkeep.calendar;

import java.util.Locale;

/** What a maintenance window is for ("Suggested Maintenance Windows" in the runbook). */
public enum WindowKind {
    /** Patch and minor updates, restarts without downtime. */
    NON_BREAKING("non-breaking"),
    /** Major upgrades, database migrations, anything that may need downtime. */
    BREAKING("breaking");

    private final String id;

    WindowKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** @throws IllegalArgumentException naming the known ids */
    public static WindowKind fromId(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (WindowKind k : values()) {
            if (k.id.equals(wanted)) {
                return k;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a window kind (non-breaking, breaking)");
    }
}
