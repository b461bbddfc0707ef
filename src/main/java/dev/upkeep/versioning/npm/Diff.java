package dev.upkeep.versioning.npm;

/** node-semver's {@code diff}: the release type that leads from the lower version to the higher. */
final class Diff {
    private Diff() {}

    static String diff(SemVer v1, SemVer v2) {
        int comparison = v1.compareTo(v2);
        if (comparison == 0) {
            return null;
        }
        SemVer high = comparison > 0 ? v1 : v2;
        SemVer low = comparison > 0 ? v2 : v1;
        boolean highHasPre = high.isPrerelease();
        if (low.isPrerelease() && !highHasPre) {
            // Leaving a pre-release: 1.0.0-1 -> 1.0.0 is a major step, 1.1.0-1 -> 1.1.0 a minor one.
            if (low.patch == 0 && low.minor == 0) {
                return "major";
            }
            if (low.compareMain(high) == 0) {
                return low.minor != 0 && low.patch == 0 ? "minor" : "patch";
            }
        }
        String prefix = highHasPre ? "pre" : "";
        if (v1.major != v2.major) {
            return prefix + "major";
        }
        if (v1.minor != v2.minor) {
            return prefix + "minor";
        }
        if (v1.patch != v2.patch) {
            return prefix + "patch";
        }
        return "prerelease";
    }
}
