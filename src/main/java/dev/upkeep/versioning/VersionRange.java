package dev.upkeep.versioning;

/** A parsed range (a constraint, a specifier set) of one scheme. Immutable and safe to share. */
public interface VersionRange {
    /** The text it was parsed from. */
    String text();

    /** Whether {@code version} (of the same scheme) is inside, under the scheme's pre-release rules. */
    boolean contains(Version version);
}
