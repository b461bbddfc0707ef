package dev.upkeep.assess;

import static java.util.Objects.requireNonNull;

import dev.upkeep.versioning.UpdateType;
import java.util.List;

/**
 * The upgrades open to one component: the smallest release that fixes its advisories, the newest
 * release of its current major, and the newest release when that is a major step.
 *
 * @param drift the component's drift
 * @param security the lowest release at or above every known fix that no known advisory affects,
 *     or null when nothing needs fixing or no fix is known
 * @param unfixed ids of advisories with no known fix
 * @param inMajor the newest release of the current major (or, for a runtime, of its release cycle)
 *     when it is newer than the version and than {@code security}; else null
 * @param inMajorType the step to {@code inMajor}
 * @param major the newest release when it is a major step (or a new release cycle), else null
 */
public record UpgradePath(Drift drift, String security, List<String> unfixed, String inMajor, UpdateType inMajorType, String major) {
    public UpgradePath {
        requireNonNull(drift, "drift is null");
        unfixed = List.copyOf(unfixed);
    }

    public boolean any() {
        return security != null || inMajor != null || major != null;
    }
}
