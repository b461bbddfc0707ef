package dev.upkeep.domain;

import java.util.Locale;

/**
 * Why a component is not a plain registry release: it has no resolved version, or its version
 * does not name a release in the registry (a git commit, a local path, a URL). Reported instead of
 * silence, so a reader knows the component exists and why upkeep cannot say how far it drifted.
 */
public enum SkipReason {
    /** Installed from a git repository. */
    GIT,
    /** Installed from a local path (file:, link:, an editable install, a path dependency). */
    PATH,
    /** Installed from a URL (a tarball, a wheel URL). */
    URL,
    /** Declared with a range and no lockfile resolves it. */
    UNPINNED,
    /** A workspace member of the same repository. */
    WORKSPACE,
    /** The version is built from a variable that cannot be resolved from the file. */
    VARIABLE,
    /** Pinned by digest only, so no tag names its version. */
    DIGEST;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
