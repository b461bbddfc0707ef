package dev.upkeep.versioning;

/**
 * A parsed version of one scheme. Versions of the same scheme compare by that scheme's rules;
 * comparing versions of two schemes is a programming error.
 */
public interface Version extends Comparable<Version> {
    /** The text it was parsed from. */
    String text();

    /** Whether it is a pre-release (alpha, beta, rc, dev, a non-release tag). */
    boolean isPrerelease();

    /**
     * The numeric release parts, as far as the scheme has them ({@code [20, 11, 1]} for
     * {@code 20.11.1}); an empty array when the version has none (a Docker tag such as
     * {@code latest}).
     */
    long[] release();
}
