package dev.upkeep.assess;

import dev.upkeep.domain.Ecosystem;
import dev.upkeep.knowledge.Release;
import java.util.List;

/**
 * Every release a registry knows of a package, for choosing targets and reading what each release
 * requires. Implementations answer from data already fetched (or the cache); an unknown package
 * is an empty list, never an error.
 */
@FunctionalInterface
public interface ReleaseLookup {
    List<Release> releases(Ecosystem ecosystem, String name);

    ReleaseLookup NONE = (ecosystem, name) -> List.of();
}
