package dev.upkeep.versioning;

/**
 * Parsing options a scheme may support: {@code loose} accepts sloppier version text (npm's loose
 * mode); {@code includePrerelease} lets ranges match pre-releases they would otherwise exclude.
 */
public record SchemeOptions(boolean loose, boolean includePrerelease) {
    public static final SchemeOptions DEFAULT = new SchemeOptions(false, false);
}
