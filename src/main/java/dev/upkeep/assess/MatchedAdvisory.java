package dev.upkeep.assess;

import static java.util.Objects.requireNonNull;

import dev.upkeep.knowledge.Advisory;
import java.util.List;

/**
 * An advisory that affects a component's resolved version.
 *
 * @param advisory the (merged) advisory
 * @param fixedVersions every version named as a fix in the ranges that matched, sorted ascending
 * @param fixedIn the smallest fix above the component's version, or {@code null} when none is known
 */
public record MatchedAdvisory(Advisory advisory, List<String> fixedVersions, String fixedIn) {
    public MatchedAdvisory {
        requireNonNull(advisory, "advisory is null");
        fixedVersions = List.copyOf(fixedVersions);
    }
}
