package dev.upkeep.versioning.npm;

import dev.upkeep.versioning.InvalidVersionException;
import dev.upkeep.versioning.Version;
import dev.upkeep.versioning.VersionRange;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A parsed npm range: sets of comparators joined by {@code ||}. Parse once, then {@link #test}
 * is a loop over primitive comparisons with no allocation.
 */
public final class Range implements VersionRange {
    private static final Pattern OR = Pattern.compile("\\|\\|");

    private final String text;
    final ComparatorSet[] sets;
    final NpmSemver.Options options;

    private Range(String text, ComparatorSet[] sets, NpmSemver.Options options) {
        this.text = text;
        this.sets = sets;
        this.options = options;
    }

    /** Parses like {@code new Range(text, options)}; throws naming the input and the reason. */
    public static Range parse(String text, NpmSemver.Options options) {
        RangeParser parser = new RangeParser(options);
        List<ComparatorSet> sets = new ArrayList<>();
        try {
            for (String part : OR.split(JsText.collapse(text), -1)) {
                ComparatorSet set = parser.parse(JsText.trim(part));
                if (set.size() > 0) {
                    sets.add(set);
                }
            }
        } catch (InvalidVersionException e) {
            throw SemVer.invalid(text, "is not a range: '" + e.input() + "' " + e.reason());
        }
        if (sets.isEmpty()) {
            throw SemVer.invalid(text, "is not a range: no part is a comparator");
        }
        if (sets.size() > 1) {
            ComparatorSet first = sets.get(0);
            sets.removeIf(ComparatorSet::isNull);
            if (sets.isEmpty()) {
                sets.add(first);
            } else if (sets.size() > 1) {
                for (ComparatorSet s : sets) {
                    if (s.isAny()) {
                        sets = List.of(s);
                        break;
                    }
                }
            }
        }
        return new Range(text, sets.toArray(ComparatorSet[]::new), options);
    }

    /** Whether {@code v} satisfies the range, pre-release rule included. */
    public boolean test(SemVer v) {
        for (ComparatorSet set : sets) {
            if (set.test(v, options.includePrerelease())) {
                return true;
            }
        }
        return false;
    }

    /** Like {@link #test(SemVer)} for text; false when it is not a version under these options. */
    public boolean test(String version) {
        SemVer v = SemVer.tryParse(version, options.loose());
        return v != null && test(v);
    }

    @Override
    public boolean contains(Version version) {
        return test((SemVer) version);
    }

    @Override
    public String text() {
        return text;
    }

    /** node's canonical form ({@code >=1.2.3 <2.0.0-0||>=3.0.0}); empty for any version. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sets.length; i++) {
            if (i > 0) {
                sb.append("||");
            }
            sb.append(sets[i].format());
        }
        return sb.toString();
    }

    /** The comparators of each {@code ||} part. */
    public List<List<Comparator>> comparators() {
        List<List<Comparator>> out = new ArrayList<>();
        for (ComparatorSet s : sets) {
            out.add(List.of(s.comparators));
        }
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return format();
    }
}
