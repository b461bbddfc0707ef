package dev.upkeep.hygiene.dockerfile;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A tag can be moved to other content; a digest cannot. Informational: pinning digests trades
 * automatic patch pick-up on rebuild for reproducibility, and the runbook rebuilds to patch.
 */
final class BaseImageNoDigest implements DockerfileRule {
    static final RuleInfo INFO = new RuleInfo("dockerfile/base-image-no-digest", Severity.INFO,
            "Base image is pinned by tag, not digest",
            "For reproducible builds add the digest (FROM image:tag@sha256:...) and update it with the tag, "
                    + "e.g. with Renovate or Dependabot.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(Target t) {
        List<Finding> out = new ArrayList<>();
        for (BaseImages.Base b : BaseImages.of(t)) {
            if (b.image().digest() == null && b.image().tag() != null && !b.image().tag().equals("latest")) {
                out.add(t.finding(INFO, b.stage().from(), b.stage().resolvedImage(), "Base image " + b.stage().resolvedImage()
                        + " of stage " + UnpinnedBaseImage.label(b) + " is pinned by tag only; the tag can point to other content tomorrow.",
                        Map.of("image", b.stage().resolvedImage())));
            }
        }
        return out;
    }
}
