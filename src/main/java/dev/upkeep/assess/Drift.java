package dev.upkeep.assess;

import static java.util.Objects.requireNonNull;

import dev.upkeep.domain.Component;
import dev.upkeep.knowledge.Release;
import dev.upkeep.versioning.UpdateType;
import java.util.List;

/**
 * How far one component is from where it should be.
 *
 * @param component the component as scanned
 * @param latest the newest stable release, or {@code null} when unknown
 * @param latestInRange the newest release satisfying the declared constraint, or {@code null}
 * @param updateType the step from the resolved version to {@code latest}
 * @param releasesBehind stable releases newer than the resolved version, or {@code null}
 * @param libyears years between the resolved version's and the latest's publication, or {@code null}
 * @param target what the latest release requires (engines, peers, requires-python), or {@code null}
 * @param lifecycle the release cycle's status, or {@code null} when the product has no lifecycle data
 * @param advisories advisories affecting the resolved version, most severe first
 * @param notes why some facts are missing or old (a source down, data from a snapshot)
 */
public record Drift(
        Component component,
        String latest,
        String latestInRange,
        UpdateType updateType,
        Integer releasesBehind,
        Double libyears,
        Release target,
        LifecycleStatus lifecycle,
        List<MatchedAdvisory> advisories,
        List<String> notes) {
    public Drift {
        requireNonNull(component, "component is null");
        advisories = List.copyOf(advisories);
        notes = List.copyOf(notes);
    }

    public boolean outdated() {
        return updateType != null && updateType != UpdateType.NONE;
    }
}
