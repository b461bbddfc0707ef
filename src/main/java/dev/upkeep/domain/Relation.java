package dev.upkeep.domain;

import java.util.Locale;

/** Whether the stack asks for a component itself or gets it through another one. */
public enum Relation {
    DIRECT,
    TRANSITIVE,
    /** The file does not say (a flat lockfile format with no root entry, for example). */
    UNKNOWN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Relation strongest(Relation other) {
        return compareTo(other) <= 0 ? this : other;
    }
}
