package dev.upkeep.plan;

import static java.util.Objects.requireNonNull;

/** An upgrade no order can do, and the constraint that stops it. */
public record Blocked(Upgrade upgrade, String constraint) {
    public Blocked {
        requireNonNull(upgrade, "upgrade is null");
        requireNonNull(constraint, "constraint is null");
    }
}
