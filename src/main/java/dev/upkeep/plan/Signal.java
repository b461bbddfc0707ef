package dev.upkeep.plan;

import static java.util.Objects.requireNonNull;

import dev.upkeep.assess.Classification;
import dev.upkeep.domain.Finding;

/** A classified finding: the finding (with class, due and cadence set) and the policy's full decision. */
public record Signal(Finding finding, Classification classification) {
    public Signal {
        requireNonNull(finding, "finding is null");
        requireNonNull(classification, "classification is null");
    }
}
