package dev.upkeep.versioning.pep440;

import dev.upkeep.versioning.InvalidVersionException;
import dev.upkeep.versioning.Version;
import dev.upkeep.versioning.VersionRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A comma-separated set of PEP 440 clauses ({@code >=3.9,<4,!=3.10.*}), with pypa/packaging 26.x
 * semantics, including pre-release handling in {@code contains} and {@code filter}, the
 * {@code prereleases} constructor argument, {@code contains(installed=...)}, is_unsatisfiable and
 * subset/superset/disjoint. The clauses are intersected once at parse time, so {@link #contains}
 * walks a short list of intervals. Immutable and thread-safe.
 */
public final class SpecifierSet implements VersionRange {
    private final String text;
    private final List<Specifier> specifiers;
    private final List<Specifier> canonical;
    private final Boolean prereleases;
    private final boolean arbitrary;
    private final List<Interval> intervals;
    private final Boolean effectivePrereleases;

    private SpecifierSet(String text, List<Specifier> specifiers, Boolean prereleases) {
        this.text = text;
        this.specifiers = List.copyOf(specifiers);
        this.canonical = canonical(specifiers);
        this.prereleases = prereleases;
        this.arbitrary = specifiers.stream().anyMatch(s -> s.operator() == Operator.ARBITRARY);
        List<Interval> in = Interval.FULL;
        for (Specifier s : specifiers) {
            in = Interval.intersect(in, s.intervals());
        }
        this.intervals = in;
        this.effectivePrereleases = prereleases != null ? prereleases
                : specifiers.stream().anyMatch(s -> Boolean.TRUE.equals(s.prereleases())) ? Boolean.TRUE : null;
    }

    public static SpecifierSet parse(String text) {
        return parse(text, null);
    }

    /** Parses a set; {@code prereleases} is packaging's constructor argument (null: decided by the clauses). */
    public static SpecifierSet parse(String text, Boolean prereleases) {
        if (text == null) {
            throw new InvalidVersionException("pep440 specifier set", "null", "no specifier given");
        }
        List<Specifier> specs = new ArrayList<>();
        for (String clause : text.split(",", -1)) {
            if (Pep440Parser.isBlank(clause)) {
                continue;
            }
            try {
                specs.add(Specifier.parse(clause));
            } catch (InvalidVersionException e) {
                throw new InvalidVersionException("pep440 specifier set", text, e.getMessage());
            }
        }
        return new SpecifierSet(text, specs, prereleases);
    }

    @Override
    public String text() {
        return text;
    }

    /** The explicit constructor argument, else true when a clause admits pre-releases, else null. */
    public Boolean prereleases() {
        return effectivePrereleases;
    }

    /** The clauses, deduplicated and sorted by their text, as {@link #toString} prints them. */
    public List<Specifier> specifiers() {
        return canonical;
    }

    private static List<Specifier> canonical(List<Specifier> specifiers) {
        List<Specifier> sorted = new ArrayList<>(specifiers);
        sorted.sort(Comparator.comparing(Specifier::toString));
        List<Specifier> out = new ArrayList<>();
        for (Specifier s : sorted) {
            if (!out.contains(s)) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    public int size() {
        return canonical.size();
    }

    /** packaging's {@code version in spec}: {@code contains(item, null, null)} on the version's text. */
    @Override
    public boolean contains(Version version) {
        Pep440Version v = (Pep440Version) version;
        return contains(v.text(), v, null);
    }

    /** packaging's {@code SpecifierSet.contains(item, prereleases, installed)}. */
    public boolean contains(String item, Boolean prereleases, Boolean installed) {
        Pep440Version v = Pep440Version.tryParse(item);
        return contains(item, v, v != null && Boolean.TRUE.equals(installed) && v.isPrerelease() ? Boolean.TRUE
                : prereleases);
    }

    private boolean contains(String item, Pep440Version v, Boolean asked) {
        Boolean pre = asked != null ? asked : effectivePrereleases;
        boolean dropped = Boolean.FALSE.equals(pre) && v != null && v.isPrerelease();
        if (dropped) {
            return false;
        }
        if (specifiers.isEmpty()) {
            return true;
        }
        if (arbitrary) {
            for (Specifier s : specifiers) {
                if (!s.contains(item, Boolean.TRUE)) {
                    return false;
                }
            }
            return true;
        }
        return v != null && Interval.contains(intervals, v);
    }

    /** packaging's {@code SpecifierSet.filter(items, prereleases)}: matching items, in input order. */
    public List<String> filter(List<String> items, Boolean prereleases) {
        Boolean pre = prereleases != null ? prereleases : effectivePrereleases;
        if (specifiers.isEmpty()) {
            return PrereleaseFilter.apply(items, pre);
        }
        if (!arbitrary) {
            return PrereleaseFilter.byIntervals(intervals, items, pre);
        }
        List<String> matched = new ArrayList<>();
        for (String item : items) {
            if (specifiers.stream().allMatch(s -> s.contains(item, Boolean.TRUE))) {
                matched.add(item);
            }
        }
        return PrereleaseFilter.apply(matched, pre);
    }

    /** Whether no version (or {@code ===} string) can satisfy every clause. */
    public boolean isUnsatisfiable() {
        if (specifiers.isEmpty()) {
            return false;
        }
        if (intervals.isEmpty() || arbitraryUnsatisfiable()) {
            return true;
        }
        return Boolean.FALSE.equals(effectivePrereleases) && intervals.stream().noneMatch(Interval::hasFinal);
    }

    private boolean arbitraryUnsatisfiable() {
        List<Specifier> literal = specifiers.stream().filter(s -> s.operator() == Operator.ARBITRARY).toList();
        if (literal.isEmpty()) {
            return false;
        }
        String candidate = literal.get(0).version();
        if (literal.stream().anyMatch(s -> !s.matchesText(candidate))) {
            return true;
        }
        Pep440Version v = Pep440Version.tryParse(candidate);
        if (Boolean.FALSE.equals(effectivePrereleases) && v != null && v.isPrerelease()) {
            return true;
        }
        List<Specifier> standard = specifiers.stream().filter(s -> s.operator() != Operator.ARBITRARY).toList();
        return !standard.isEmpty() && (v == null || !standard.stream().allMatch(s -> s.contains(v, null)));
    }

    /** Whether every version this set admits is admitted by {@code other}. */
    public boolean isSubset(SpecifierSet other) {
        checkAlgebra(other);
        return Interval.intersect(intervals, Interval.complement(other.intervals)).isEmpty();
    }

    public boolean isSuperset(SpecifierSet other) {
        return other.isSubset(this);
    }

    /** Whether no version is admitted by both sets. */
    public boolean isDisjoint(SpecifierSet other) {
        checkAlgebra(other);
        return Interval.intersect(intervals, other.intervals).isEmpty();
    }

    private void checkAlgebra(SpecifierSet other) {
        if (arbitrary || other.arbitrary) {
            throw new IllegalArgumentException("=== clauses have no version range: cannot compare '" + text
                    + "' with '" + other.text + "'");
        }
        if (!Objects.equals(prereleases, other.prereleases)) {
            throw new IllegalArgumentException("cannot compare specifier sets with different pre-release settings: '"
                    + text + "' (" + prereleases + ") and '" + other.text + "' (" + other.prereleases + ")");
        }
    }

    /** Both sets' clauses together; packaging's {@code a & b}. */
    public SpecifierSet and(SpecifierSet other) {
        Boolean pre;
        if (prereleases == null || prereleases.equals(other.prereleases)) {
            pre = other.prereleases;
        } else if (other.prereleases == null) {
            pre = prereleases;
        } else {
            throw new IllegalArgumentException("cannot combine '" + text + "' and '" + other.text
                    + "': one admits pre-releases and the other refuses them");
        }
        List<Specifier> all = new ArrayList<>(specifiers);
        all.addAll(other.specifiers);
        String joined = Pep440Parser.isBlank(text) ? other.text
                : Pep440Parser.isBlank(other.text) ? text : text + "," + other.text;
        return new SpecifierSet(joined, all, pre);
    }

    /** Equal when the deduplicated, sorted clauses are equal; {@code prereleases} is ignored. */
    @Override
    public boolean equals(Object o) {
        return o instanceof SpecifierSet s && canonical.equals(s.canonical);
    }

    @Override
    public int hashCode() {
        return canonical.hashCode();
    }

    /** The clauses, deduplicated and sorted, joined by commas ({@code !=2.0,>1.0}). */
    @Override
    public String toString() {
        return String.join(",", canonical.stream().map(Specifier::toString).toList());
    }
}
