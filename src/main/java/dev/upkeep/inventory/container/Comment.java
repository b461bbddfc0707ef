package dev.upkeep.inventory.container;

import static java.util.Objects.requireNonNull;

/** A comment line: its 1-based line and its text after {@code #}, trimmed. */
public record Comment(int line, String text) {
    public Comment {
        requireNonNull(text, "text is null");
    }
}
