package dev.upkeep.versioning.pep440;

import java.util.ArrayList;
import java.util.List;

/**
 * The versions strictly between two cuts. Lists of intervals are kept sorted, disjoint and free
 * of empty intervals, so a list is empty exactly when no version satisfies it.
 */
record Interval(Cut lower, Cut upper) {
    static final List<Interval> FULL = List.of(new Interval(Cut.NEG_INF, Cut.POS_INF));

    boolean contains(Pep440Version p) {
        return lower.below(p) && !upper.below(p);
    }

    /** Whether some version lies strictly between the two cuts. */
    boolean isEmpty() {
        if (lower.compareTo(upper) >= 0) {
            return true;
        }
        Pep440Version least = lower.leastAbove();
        return least != null && upper.below(least);
    }

    /** Whether the interval holds a version that is not a pre-release. */
    boolean hasFinal() {
        Pep440Version least = lower.leastFinalAbove();
        return least == null ? lower.compareTo(upper) < 0 : !upper.below(least);
    }

    /** Whether any interval of the sorted list holds {@code p}. */
    static boolean contains(List<Interval> intervals, Pep440Version p) {
        for (int i = 0, n = intervals.size(); i < n; i++) {
            Interval in = intervals.get(i);
            if (!in.lower.below(p)) {
                return false;
            }
            if (!in.upper.below(p)) {
                return true;
            }
        }
        return false;
    }

    /** Keeps the non-empty intervals. */
    static List<Interval> of(List<Interval> candidates) {
        List<Interval> out = new ArrayList<>(candidates.size());
        for (Interval in : candidates) {
            if (!in.isEmpty()) {
                out.add(in);
            }
        }
        return List.copyOf(out);
    }

    /** The versions in both lists (a two-pointer merge of two sorted lists). */
    static List<Interval> intersect(List<Interval> a, List<Interval> b) {
        List<Interval> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            Interval x = a.get(i);
            Interval y = b.get(j);
            Interval both = new Interval(max(x.lower, y.lower), min(x.upper, y.upper));
            if (!both.isEmpty()) {
                out.add(both);
            }
            if (x.upper.compareTo(y.upper) < 0) {
                i++;
            } else {
                j++;
            }
        }
        return List.copyOf(out);
    }

    /** The versions in no interval of the list. */
    static List<Interval> complement(List<Interval> intervals) {
        List<Interval> out = new ArrayList<>();
        Cut from = Cut.NEG_INF;
        for (Interval in : intervals) {
            out.add(new Interval(from, in.lower));
            from = in.upper;
        }
        out.add(new Interval(from, Cut.POS_INF));
        return of(out);
    }

    private static Cut max(Cut a, Cut b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Cut min(Cut a, Cut b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
