package dev.upkeep.versioning.pep440;

import java.util.ArrayList;
import java.util.List;

/**
 * The pre-release rule of {@code filter}: with {@code prereleases} null (the PEP 440 default),
 * pre-releases are kept only when no final release matched; {@code true} keeps them and
 * {@code false} drops them. Strings that are not versions count as neither and are kept.
 */
final class PrereleaseFilter {
    private PrereleaseFilter() {}

    /** Applies the rule to items that already matched. */
    static List<String> apply(List<String> matched, Boolean prereleases) {
        if (Boolean.TRUE.equals(prereleases)) {
            return List.copyOf(matched);
        }
        List<Pep440Version> parsed = new ArrayList<>(matched.size());
        boolean anyFinal = false;
        for (String item : matched) {
            Pep440Version v = Pep440Version.tryParse(item);
            parsed.add(v);
            anyFinal |= v != null && !v.isPrerelease();
        }
        if (prereleases == null && !anyFinal) {
            return List.copyOf(matched);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < matched.size(); i++) {
            if (parsed.get(i) == null || !parsed.get(i).isPrerelease()) {
                out.add(matched.get(i));
            }
        }
        return out;
    }

    /** Keeps the versions inside {@code intervals} (non-versions never match), then applies the rule. */
    static List<String> byIntervals(List<Interval> intervals, List<String> items, Boolean prereleases) {
        List<String> matched = new ArrayList<>();
        for (String item : items) {
            Pep440Version v = Pep440Version.tryParse(item);
            if (v != null && Interval.contains(intervals, v)) {
                matched.add(item);
            }
        }
        return apply(matched, prereleases);
    }
}
