package dev.upkeep.plan;

import static java.util.Objects.requireNonNull;

import dev.upkeep.domain.Location;

/** One edit an upgrade makes: in this file, this text becomes that ({@code node:18-alpine} → {@code node:26-alpine}). */
public record Change(Location at, String from, String to) {
    public Change {
        requireNonNull(at, "at is null");
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
    }
}
