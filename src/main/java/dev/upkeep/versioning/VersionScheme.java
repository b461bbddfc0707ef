package dev.upkeep.versioning;

/**
 * The version semantics of one ecosystem (npm semver, PEP 440, Docker tags, Maven, loose). Each
 * scheme lives in its own package ({@code dev.upkeep.versioning.<scheme>}) and is registered in
 * {@link dev.upkeep.versioning.registry.VersionSchemes}.
 *
 * <p>Contract, checked for every scheme by one shared test suite:
 * <ul>
 *   <li>{@link #parse} and {@link #parseRange} throw {@link InvalidVersionException} naming the
 *       input; they never return null.
 *   <li>{@code compare} is a total order consistent with equality of parsed versions.
 *   <li>{@link #satisfies} equals {@code parseRange(r).contains(parse(v))}.
 *   <li>Parsed versions and ranges are immutable and thread-safe; parse once, test many.
 * </ul>
 */
public interface VersionScheme {
    /** The scheme id used on the command line and in configuration: {@code npm}, {@code pep440}, ... */
    String id();

    Version parse(String text);

    VersionRange parseRange(String text);

    /**
     * This scheme with parsing options; a scheme returns itself for {@link SchemeOptions#DEFAULT}
     * and throws {@link IllegalArgumentException} naming the option it does not support.
     */
    default VersionScheme withOptions(SchemeOptions options) {
        if (!options.equals(SchemeOptions.DEFAULT)) {
            throw new IllegalArgumentException("version scheme '" + id() + "' has no "
                    + (options.loose() ? "loose mode" : "include-prerelease option"));
        }
        return this;
    }

    default boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidVersionException e) {
            return false;
        }
    }

    default int compare(String a, String b) {
        return Integer.signum(parse(a).compareTo(parse(b)));
    }

    default boolean satisfies(String range, String version) {
        return parseRange(range).contains(parse(version));
    }

    /** How big the step from {@code from} to {@code to} is. */
    UpdateType updateType(Version from, Version to);

    /**
     * The release cycle {@code version} belongs to, for lifecycle look-ups, keeping
     * {@code depth} release parts ({@code 20.11.1} at depth 1 is {@code 20}; {@code 3.12.4} at
     * depth 2 is {@code 3.12}). See {@link Cycles} for the depth each product uses.
     */
    default String cycle(Version version, int depth) {
        long[] parts = version.release();
        if (parts.length == 0) {
            throw new InvalidVersionException(id(), version.text(), "has no numeric release to take a cycle from");
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(depth, parts.length); i++) {
            if (i > 0) {
                sb.append('.');
            }
            sb.append(parts[i]);
        }
        return sb.toString();
    }
}
