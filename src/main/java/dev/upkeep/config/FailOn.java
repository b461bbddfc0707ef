package dev.upkeep.config;

import dev.upkeep.domain.Severity;
import java.util.Optional;

/**
 * The severity at or above which a command fails ({@code --fail-on high}); {@code none} never
 * fails on findings.
 *
 * @param threshold the lowest failing severity, or empty for {@code none}
 */
public record FailOn(Optional<Severity> threshold) {
    public static final FailOn NONE = new FailOn(Optional.empty());

    public FailOn {
        threshold = threshold == null ? Optional.empty() : threshold;
    }

    public static FailOn at(Severity severity) {
        return new FailOn(Optional.of(severity));
    }

    /**
     * Reads {@code critical}, {@code high}, {@code medium}, {@code low}, {@code info} or
     * {@code none}, in any case.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static FailOn parse(String text) {
        if (text.strip().equalsIgnoreCase("none")) {
            return NONE;
        }
        try {
            return at(Severity.fromId(text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a severity (critical, high, medium, low, info, none)", e);
        }
    }

    public boolean fails(Severity severity) {
        return threshold.map(severity::atLeast).orElse(false);
    }

    public String id() {
        return threshold.map(Severity::id).orElse("none");
    }
}
