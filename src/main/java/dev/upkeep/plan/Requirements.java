package dev.upkeep.plan;

import java.util.List;

/**
 * What a release of a package requires of the rest of the stack. Answers from data already at
 * hand; an unknown release requires nothing (and the plan says what was unknown).
 */
@FunctionalInterface
interface Requirements {
    List<Requirement> of(String key, String version);
}
