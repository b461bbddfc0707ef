package dev.upkeep.versioning.npm;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Whether two comparators, or two ranges, have a version in common (node-semver's {@code intersects}). */
final class Intersection {
    private Intersection() {}

    static boolean comparators(Comparator a, Comparator b, NpmSemver.Options o) {
        if (a.op == Comparator.EQ) {
            // node re-parses the other comparator as a range, so the pre-release rule applies.
            return a.isAny() || Range.parse(b.value(), o).test(a.value());
        }
        if (b.op == Comparator.EQ) {
            return b.isAny() || Range.parse(a.value(), o).test(b.semver);
        }
        if (o.includePrerelease() ? a.value().equals("<0.0.0-0") || b.value().equals("<0.0.0-0")
                : a.value().startsWith("<0.0.0") || b.value().startsWith("<0.0.0")) {
            return false;
        }
        if ((a.isGreater() && b.isGreater()) || (a.isLess() && b.isLess())) {
            return true;
        }
        if (a.semver.version().equals(b.semver.version()) && (a.op == Comparator.GE || a.op == Comparator.LE)
                && (b.op == Comparator.GE || b.op == Comparator.LE)) {
            return true;
        }
        int c = a.semver.compareTo(b.semver);
        return (c < 0 && a.isGreater() && b.isLess()) || (c > 0 && a.isLess() && b.isGreater());
    }

    static boolean ranges(Range r1, Range r2, NpmSemver.Options o) {
        for (ComparatorSet s1 : r1.sets) {
            if (!satisfiable(s1, o)) {
                continue;
            }
            for (ComparatorSet s2 : r2.sets) {
                if (satisfiable(s2, o) && allIntersect(s1, s2, o)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean allIntersect(ComparatorSet s1, ComparatorSet s2, NpmSemver.Options o) {
        for (Comparator a : s1.comparators) {
            for (Comparator b : s2.comparators) {
                if (!comparators(a, b, o)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Every pair of the set intersects, checked from the last comparator backwards as node does. */
    static boolean satisfiable(ComparatorSet set, NpmSemver.Options o) {
        Deque<Comparator> remaining = new ArrayDeque<>(List.of(set.comparators));
        Comparator test = remaining.pollLast();
        while (!remaining.isEmpty()) {
            for (Comparator other : remaining) {
                if (!comparators(test, other, o)) {
                    return false;
                }
            }
            test = remaining.pollLast();
        }
        return true;
    }
}
