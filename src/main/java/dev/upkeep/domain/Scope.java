package dev.upkeep.domain;

import java.util.Locale;

/** What a component is needed for. Ordered from strongest to weakest: a merge keeps the strongest. */
public enum Scope {
    PROD,
    PEER,
    OPTIONAL,
    DEV;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Scope strongest(Scope other) {
        return compareTo(other) <= 0 ? this : other;
    }
}
