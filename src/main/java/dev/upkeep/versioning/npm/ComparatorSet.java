package dev.upkeep.versioning.npm;

import java.util.ArrayList;
import java.util.List;

/**
 * Comparators that must all hold (one side of a {@code ||}). Keeps apart the comparators that
 * carry a pre-release, because only versions of their exact {@code major.minor.patch} may be
 * pre-releases (node-semver's pre-release exclusion rule).
 */
final class ComparatorSet {
    final Comparator[] comparators;
    private final SemVer[] prereleaseTuples;
    /**
     * node memoizes each parsed {@code ||} part and hands out the same array for equal text, and
     * {@code subset} short-cuts on that identity; the key lets us do the same. Null for null sets,
     * which node does not memoize.
     */
    final String identity;

    ComparatorSet(Comparator[] comparators, String identity) {
        this.comparators = comparators;
        this.identity = identity;
        List<SemVer> pre = new ArrayList<>();
        for (Comparator c : comparators) {
            if (c.semver != null && c.semver.isPrerelease()) {
                pre.add(c.semver);
            }
        }
        this.prereleaseTuples = pre.toArray(SemVer[]::new);
    }

    boolean test(SemVer v, boolean includePrerelease) {
        for (Comparator c : comparators) {
            if (!c.test(v)) {
                return false;
            }
        }
        if (v.preText.length == 0 || includePrerelease) {
            return true;
        }
        for (SemVer allowed : prereleaseTuples) {
            if (allowed.sameTuple(v)) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return comparators.length;
    }

    boolean isNull() {
        return comparators[0].value().equals("<0.0.0-0");
    }

    boolean isAny() {
        return comparators.length == 1 && comparators[0].isAny();
    }

    String format() {
        StringBuilder sb = new StringBuilder();
        for (Comparator c : comparators) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(c.value());
        }
        return sb.toString();
    }
}
