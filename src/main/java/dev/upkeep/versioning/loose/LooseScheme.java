package dev.upkeep.versioning.loose;

import dev.upkeep.versioning.ReleaseStep;
import dev.upkeep.versioning.UpdateType;
import dev.upkeep.versioning.Version;
import dev.upkeep.versioning.VersionRange;
import dev.upkeep.versioning.VersionScheme;

/**
 * Versions of products and OS packages that follow no standard ({@code 2.4.58-1+deb12u1},
 * {@code 1.1.1w}, {@code 2024.2}); see {@link LooseVersion} for the order and {@link LooseRange}
 * for ranges.
 */
public final class LooseScheme implements VersionScheme {
    @Override
    public String id() {
        return "loose";
    }

    @Override
    public Version parse(String text) {
        return LooseVersion.parse(text);
    }

    @Override
    public VersionRange parseRange(String text) {
        return LooseRange.parse(text);
    }

    /** Epoch or first release number: major; second: minor; later: patch; the same release: pre-release. */
    @Override
    public UpdateType updateType(Version from, Version to) {
        if (to.compareTo(from) <= 0) {
            return UpdateType.NONE;
        }
        if (((LooseVersion) from).epoch() != ((LooseVersion) to).epoch()) {
            return UpdateType.MAJOR;
        }
        return ReleaseStep.between(from.release(), to.release());
    }
}
