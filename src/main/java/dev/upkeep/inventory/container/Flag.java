package dev.upkeep.inventory.container;

import static java.util.Objects.requireNonNull;

/**
 * An instruction flag such as {@code --platform=linux/amd64}: its name without dashes and its
 * value with quotes removed; {@code null} value for a bare flag ({@code --link}).
 */
public record Flag(String name, String value) {
    public Flag {
        requireNonNull(name, "name is null");
    }
}
