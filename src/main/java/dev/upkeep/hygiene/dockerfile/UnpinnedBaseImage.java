package dev.upkeep.hygiene.dockerfile;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A base image without a tag (or tagged latest) changes under the build without anyone deciding it. */
final class UnpinnedBaseImage implements DockerfileRule {
    static final RuleInfo INFO = new RuleInfo("dockerfile/unpinned-base-image", Severity.MEDIUM,
            "Base image has no tag or uses latest",
            "Pin the base image to a version tag (e.g. python:3.12-slim), and let upkeep tell you when a newer one is due.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(Target t) {
        List<Finding> out = new ArrayList<>();
        for (BaseImages.Base b : BaseImages.of(t)) {
            String tag = b.image().tag();
            if (b.image().digest() == null && (tag == null || tag.equals("latest"))) {
                String why = tag == null ? "has no tag, so it means latest" : "is tagged latest";
                out.add(t.finding(INFO, b.stage().from(), b.stage().resolvedImage(), "Base image " + b.stage().resolvedImage()
                        + " of " + "stage " + label(b) + " " + why + ": every build may get a different version.",
                        Map.of("image", b.stage().resolvedImage())));
            }
        }
        return out;
    }

    static String label(BaseImages.Base b) {
        return b.stage().alias() != null ? "'" + b.stage().alias() + "'" : Integer.toString(b.stage().index());
    }
}
