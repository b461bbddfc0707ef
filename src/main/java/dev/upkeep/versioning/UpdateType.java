package dev.upkeep.versioning;

import java.util.Locale;

/** How big a step from one version to another is. */
public enum UpdateType {
    MAJOR,
    MINOR,
    PATCH,
    /** Same release, differing only in pre-release, post-release, build or local parts. */
    PRERELEASE,
    /** The same version, or a step backwards. */
    NONE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
