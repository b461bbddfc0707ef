package dev.upkeep.versioning.npm;

import dev.upkeep.versioning.InvalidVersionException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * node-semver 7.x, the semantics npm uses for versions and ranges, exact to the reference
 * implementation (the conformance check replays its test suite; docs/conformance/semver-npm.md).
 * Each method is named after its node-semver function and answers as it does; where node
 * returns {@code null} this returns an empty Optional, where node throws this throws
 * {@link InvalidVersionException}.
 *
 * <p>No Java library is exact (on bare {@code x}, {@code ^0.0}, loose mode, pre-release rules),
 * hence our own. Parse ranges once with {@link #range} and test many versions: testing touches
 * only primitive fields.
 */
public final class NpmSemver {
    /** The release types of {@link #inc} and {@link #truncate}. */
    private static final Set<String> RELEASE_TYPES =
            Set.of("major", "premajor", "minor", "preminor", "patch", "prepatch", "prerelease");

    /**
     * node-semver's options. {@code loose} accepts {@code =v1.2.3}, {@code 1.2.3beta} and
     * leading zeros; {@code includePrerelease} lets ranges match pre-releases of any version.
     */
    public record Options(boolean loose, boolean includePrerelease) {
        public static final Options DEFAULT = new Options(false, false);
    }

    public static final NpmSemver DEFAULT = new NpmSemver(Options.DEFAULT);

    private final Options options;

    private NpmSemver(Options options) {
        this.options = options;
    }

    public static NpmSemver with(Options options) {
        return options.equals(Options.DEFAULT) ? DEFAULT : new NpmSemver(options);
    }

    public Options options() {
        return options;
    }

    public SemVer parse(String version) {
        return SemVer.parse(version, options.loose());
    }

    public Optional<String> valid(String version) {
        return Optional.ofNullable(SemVer.tryParse(version, options.loose())).map(SemVer::version);
    }

    /** The version with surrounding space and leading {@code =}/{@code v} removed, normalized. */
    public Optional<String> clean(String version) {
        String s = JsText.trim(version);
        int i = 0;
        while (i < s.length() && (s.charAt(i) == '=' || s.charAt(i) == 'v')) {
            i++;
        }
        return valid(s.substring(i));
    }

    public int compare(String a, String b) {
        return Integer.signum(parse(a).compareTo(parse(b)));
    }

    public int compareBuild(String a, String b) {
        return Integer.signum(parse(a).compareBuild(parse(b)));
    }

    /** Ascending by {@link #compareBuild}; stable, as node's {@code sort}. */
    public List<String> sort(Collection<String> versions) {
        List<String> out = new ArrayList<>(versions);
        out.sort(this::compareBuild);
        return out;
    }

    public Range range(String range) {
        return Range.parse(range, options);
    }

    /** False, not an error, when the range or the version is invalid (as node). */
    public boolean satisfies(String version, String range) {
        Range r;
        try {
            r = range(range);
        } catch (InvalidVersionException e) {
            return false;
        }
        return r.test(version);
    }

    /** The canonical form of the range, {@code *} for any version. */
    public Optional<String> validRange(String range) {
        try {
            String f = range(range).format();
            return Optional.of(f.isEmpty() ? "*" : f);
        } catch (InvalidVersionException e) {
            return Optional.empty();
        }
    }

    public Optional<String> maxSatisfying(Collection<String> versions, String range) {
        return bestSatisfying(versions, range, 1);
    }

    public Optional<String> minSatisfying(Collection<String> versions, String range) {
        return bestSatisfying(versions, range, -1);
    }

    private Optional<String> bestSatisfying(Collection<String> versions, String range, int direction) {
        Range r;
        try {
            r = range(range);
        } catch (InvalidVersionException e) {
            return Optional.empty();
        }
        String best = null;
        SemVer bestVersion = null;
        for (String v : versions) {
            if (!r.test(v)) {
                continue;
            }
            SemVer candidate = parse(v);
            if (best == null || Integer.signum(candidate.compareTo(bestVersion)) == direction) {
                best = v;
                bestVersion = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The lowest version that can match the range; throws when the range is invalid. */
    public Optional<SemVer> minVersion(String range) {
        return Optional.ofNullable(Outside.minVersion(range(range)));
    }

    public boolean intersects(String range1, String range2) {
        return Intersection.ranges(range(range1), range(range2), options);
    }

    /** Whether two single comparators ({@code >=1.2.3}, {@code 1.x} is not one) overlap. */
    public boolean comparatorIntersects(String comparator1, String comparator2) {
        return Intersection.comparators(Comparator.parse(comparator1, options.loose()),
                Comparator.parse(comparator2, options.loose()), options);
    }

    /** Whether every version of {@code sub} is in {@code dom}. */
    public boolean subset(String sub, String dom) {
        return Subset.subset(sub, dom, options);
    }

    /** Whether the version is greater than every version the range allows. */
    public boolean gtr(String version, String range) {
        return Outside.outside(parse(version), range(range), true);
    }

    /** Whether the version is less than every version the range allows. */
    public boolean ltr(String version, String range) {
        return Outside.outside(parse(version), range(range), false);
    }

    /**
     * The next version of a release type ({@code major}, {@code premajor}, {@code minor},
     * {@code preminor}, {@code patch}, {@code prepatch}, {@code prerelease}, {@code release}).
     *
     * @param identifier pre-release identifier such as {@code beta}, or null
     * @param identifierBase {@code "0"}/{@code "1"} (the number to start from), null for 0, or
     *     {@code "false"} for no number
     */
    public Optional<String> inc(String version, String release, String identifier, String identifierBase) {
        Increment.Base base = identifierBase == null ? Increment.Base.ZERO
                : identifierBase.equals("false") ? Increment.Base.NONE
                : JsText.isNaN(identifierBase) || isZero(identifierBase) ? Increment.Base.ZERO
                : Increment.Base.ONE;
        return Optional.ofNullable(Increment.inc(version, release, identifier, base, options.loose()));
    }

    private static boolean isZero(String number) {
        try {
            return Double.parseDouble(number) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * The release type between two versions: {@code major}, {@code premajor}, {@code minor},
     * {@code preminor}, {@code patch}, {@code prepatch} or {@code prerelease}; empty when equal.
     * Strict parsing, as node; throws on an invalid version.
     */
    public static Optional<String> diff(String a, String b) {
        return Optional.ofNullable(Diff.diff(SemVer.parse(a, false), SemVer.parse(b, false)));
    }

    /** The pre-release identifiers (Long or String), empty when none or invalid. */
    public Optional<List<Object>> prerelease(String version) {
        SemVer v = SemVer.tryParse(version, options.loose());
        return v == null || !v.isPrerelease() ? Optional.empty() : Optional.of(v.prerelease());
    }

    /** The version cut down to a release type ({@code minor}: {@code 1.2.3-rc} gives {@code 1.2.0}). */
    public Optional<String> truncate(String version, String release) {
        SemVer v = SemVer.tryParse(version, options.loose());
        if (!RELEASE_TYPES.contains(release) || v == null) {
            return Optional.empty();
        }
        if (release.startsWith("pre")) {
            return Optional.of(v.version());
        }
        return Optional.of(switch (release) {
            case "major" -> v.withMain(v.major, 0, 0);
            case "minor" -> v.withMain(v.major, v.minor, 0);
            default -> v.withMain(v.major, v.minor, v.patch);
        }).map(SemVer::version);
    }

    /**
     * A version read out of any text ({@code v2} gives {@code 2.0.0}, {@code 1.2.3.4} gives
     * {@code 1.2.3}, or {@code 2.3.4} right to left); pre-release and build are kept only with
     * {@code includePrerelease}.
     */
    public Optional<SemVer> coerce(String text, boolean rtl) {
        return Optional.ofNullable(Coerce.coerce(text, options.includePrerelease(), rtl, options.loose()));
    }
}
