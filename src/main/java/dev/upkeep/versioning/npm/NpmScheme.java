package dev.upkeep.versioning.npm;

import dev.upkeep.versioning.SchemeOptions;
import dev.upkeep.versioning.UpdateType;
import dev.upkeep.versioning.Version;
import dev.upkeep.versioning.VersionRange;
import dev.upkeep.versioning.VersionScheme;

/**
 * npm versions and ranges ({@code npm}): node-semver semantics through {@link NpmSemver}.
 * Strict by default, as npm reads package.json; {@link #withOptions} gives loose parsing or
 * ranges that match pre-releases.
 */
public final class NpmScheme implements VersionScheme {
    private final NpmSemver semver;

    public NpmScheme() {
        this(NpmSemver.DEFAULT);
    }

    private NpmScheme(NpmSemver semver) {
        this.semver = semver;
    }

    @Override
    public String id() {
        return "npm";
    }

    @Override
    public VersionScheme withOptions(SchemeOptions options) {
        if (options.equals(SchemeOptions.DEFAULT)) {
            return semver == NpmSemver.DEFAULT ? this : new NpmScheme();
        }
        return new NpmScheme(NpmSemver.with(new NpmSemver.Options(options.loose(), options.includePrerelease())));
    }

    @Override
    public SemVer parse(String text) {
        return semver.parse(text);
    }

    @Override
    public VersionRange parseRange(String text) {
        return semver.range(text);
    }

    /** From node's {@code diff}: pre-major, pre-minor and pre-patch steps count as their release type. */
    @Override
    public UpdateType updateType(Version from, Version to) {
        SemVer a = (SemVer) from;
        SemVer b = (SemVer) to;
        if (a.compareTo(b) >= 0) {
            return UpdateType.NONE;
        }
        String diff = Diff.diff(a, b);
        return switch (diff) {
            case "major", "premajor" -> UpdateType.MAJOR;
            case "minor", "preminor" -> UpdateType.MINOR;
            case "patch", "prepatch" -> UpdateType.PATCH;
            default -> UpdateType.PRERELEASE;
        };
    }
}
