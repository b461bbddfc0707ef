package dev.upkeep.versioning.npm;

import java.util.Arrays;

/** node-semver's {@code outside}, {@code gtr}, {@code ltr} and {@code minVersion}. */
final class Outside {
    private Outside() {}

    /** Whether {@code v} is above ({@code high}) or below every version of the range. */
    static boolean outside(SemVer v, Range range, boolean high) {
        if (range.test(v)) {
            return false;
        }
        int edge = high ? Comparator.GT : Comparator.LT;
        int edgeOrEqual = high ? Comparator.GE : Comparator.LE;
        for (ComparatorSet set : range.sets) {
            Comparator highest = null;
            Comparator lowest = null;
            for (Comparator c : set.comparators) {
                Comparator comparator = c.isAny() ? Comparator.parse(">=0.0.0", false) : c;
                highest = highest == null ? comparator : highest;
                lowest = lowest == null ? comparator : lowest;
                if (beyond(comparator.semver, highest.semver, high)) {
                    highest = comparator;
                } else if (beyond(lowest.semver, comparator.semver, high)) {
                    lowest = comparator;
                }
            }
            if (highest.op == edge || highest.op == edgeOrEqual) {
                return false;
            }
            int c = v.compareTo(lowest.semver);
            boolean atOrBelow = high ? c <= 0 : c >= 0;
            boolean below = high ? c < 0 : c > 0;
            if ((lowest.op == Comparator.EQ || lowest.op == edge) && atOrBelow) {
                return false;
            } else if (lowest.op == edgeOrEqual && below) {
                return false;
            }
        }
        return true;
    }

    /** a is beyond b: greater in gtr mode, less in ltr mode. */
    private static boolean beyond(SemVer a, SemVer b, boolean high) {
        int c = a.compareTo(b);
        return high ? c > 0 : c < 0;
    }

    static SemVer minVersion(Range range) {
        SemVer zero = SemVer.parse("0.0.0", false);
        if (range.test(zero)) {
            return zero;
        }
        SemVer zeroPre = SemVer.parse("0.0.0-0", false);
        if (range.test(zeroPre)) {
            return zeroPre;
        }
        SemVer min = null;
        for (ComparatorSet set : range.sets) {
            SemVer setMin = null;
            for (Comparator c : set.comparators) {
                SemVer candidate;
                if (c.op == Comparator.GT) {
                    candidate = c.semver.isPrerelease() ? appendZero(c.semver)
                            : c.semver.withMain(c.semver.major, c.semver.minor, c.semver.patch + 1);
                } else if (c.op == Comparator.EQ || c.op == Comparator.GE) {
                    candidate = c.semver;
                } else {
                    continue;
                }
                if (setMin == null || candidate.compareTo(setMin) > 0) {
                    setMin = candidate;
                }
            }
            if (setMin != null && (min == null || min.compareTo(setMin) > 0)) {
                min = setMin;
            }
        }
        return min != null && range.test(min) ? min : null;
    }

    private static SemVer appendZero(SemVer v) {
        int n = v.preText.length;
        long[] num = Arrays.copyOf(v.preNum, n + 1);
        String[] text = Arrays.copyOf(v.preText, n + 1);
        text[n] = "0";
        return v.withPrerelease(num, text);
    }
}
