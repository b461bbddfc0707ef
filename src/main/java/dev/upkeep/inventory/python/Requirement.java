package dev.upkeep.inventory.python;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One PEP 508 dependency specifier, with each part as written.
 *
 * @param name the project name as written (not normalised)
 * @param extras the extras asked for, in order
 * @param specifier the version specifier as written, without parentheses; {@code ""} when none
 * @param url the direct reference after {@code @}, or {@code null}
 * @param marker the environment marker after {@code ;}, or {@code null}
 */
public record Requirement(String name, List<String> extras, String specifier, String url, String marker) {
    public Requirement {
        requireNonNull(name, "name is null");
        extras = List.copyOf(extras);
        requireNonNull(specifier, "specifier is null");
    }

    /** Parses a PEP 508 string; see {@link Pep508}. */
    public static Requirement parse(String text) {
        return Pep508.parse(text);
    }

    public String normalizedName() {
        return PypiNames.normalize(name);
    }

    /** The version this requirement pins exactly ({@code ==1.2}, {@code ===1.2}), if it does. */
    public Optional<String> pinnedVersion() {
        return Specifiers.pinnedVersion(specifier);
    }
}
