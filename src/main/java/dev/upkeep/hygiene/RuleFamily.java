package dev.upkeep.hygiene;

import dev.upkeep.domain.Finding;
import java.io.IOException;
import java.util.List;

/**
 * A family of hygiene rules over one kind of file, in its own package
 * ({@code dev.upkeep.hygiene.<target>}) and registered on one line in
 * {@link dev.upkeep.hygiene.registry.RuleRegistry}. The family parses a file once and runs all its
 * rules over the result.
 */
public interface RuleFamily {
    /** The family id: the part of each rule id before the slash ({@code dockerfile}). */
    String id();

    /** Every rule of this family, with documentation. */
    List<RuleInfo> rules();

    /** Whether the family checks this path: a cheap check of the name, never of the content. */
    boolean wants(String path);

    /**
     * Checks one file. Throw {@link dev.upkeep.inventory.FormatException} when the file cannot be
     * parsed: the engine reports "cannot parse" for this file and goes on with the others.
     * Suppression (inline and upkeep.yml) is the engine's job, not the family's.
     */
    List<Finding> check(LintFile file, LintContext context) throws IOException;
}
