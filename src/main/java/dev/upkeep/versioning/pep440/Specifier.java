package dev.upkeep.versioning.pep440;

import dev.upkeep.versioning.InvalidVersionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One PEP 440 version clause ({@code >=1.2}, {@code ==3.12.*}, {@code ~=2.2}, {@code ===foo}),
 * with pypa/packaging 26.x semantics: each operator is compiled once into intervals of the version
 * line, so {@link #contains} is a few comparisons. {@code prereleases} is the constructor argument
 * of packaging ({@code null}: decided by the clause). Immutable and thread-safe.
 */
public final class Specifier {
    static final String WHAT = "pep440 specifier";

    private final Operator operator;
    private final String version;
    private final Boolean prereleases;
    private final Pep440Version parsed;
    private final List<Interval> intervals;

    private Specifier(Operator operator, String version, Boolean prereleases, Pep440Version parsed,
            List<Interval> intervals) {
        this.operator = operator;
        this.version = version;
        this.prereleases = prereleases;
        this.parsed = parsed;
        this.intervals = intervals;
    }

    public static Specifier parse(String text) {
        return parse(text, null);
    }

    /** Parses one clause; {@code prereleases} overrides the clause's own pre-release decision when not null. */
    public static Specifier parse(String text, Boolean prereleases) {
        if (text == null) {
            throw new InvalidVersionException(WHAT, "null", "no specifier given");
        }
        String s = strip(text);
        Operator op = Operator.prefixOf(s);
        if (op == null) {
            throw new InvalidVersionException(WHAT, text, "expected one of ~= == != <= >= < > === before the version");
        }
        String version = strip(s.substring(op.symbol().length()));
        if (op == Operator.ARBITRARY) {
            for (int i = 0; i < version.length(); i++) {
                char c = version.charAt(i);
                if (Pep440Parser.isSpace(c) || c == ';' || c == ')') {
                    throw new InvalidVersionException(WHAT, text, "'" + c + "' is not allowed after ===");
                }
            }
            return new Specifier(op, version, prereleases, Pep440Version.tryParse(version), Interval.FULL);
        }
        boolean wildcardAllowed = op == Operator.EQUAL || op == Operator.NOT_EQUAL;
        Pep440Parser.Parts parts;
        try {
            parts = Pep440Parser.parse(version, wildcardAllowed);
        } catch (InvalidVersionException e) {
            throw new InvalidVersionException(WHAT, text, e.getMessage());
        }
        if (parts.local() != null && !wildcardAllowed) {
            throw new InvalidVersionException(WHAT, text, op.symbol() + " does not allow a local version");
        }
        if (op == Operator.COMPATIBLE && parts.release().length < 2) {
            throw new InvalidVersionException(WHAT, text, "~= needs at least two release numbers");
        }
        if (parts.wildcard()) {
            Pep440Version base = Pep440Version.parse(version.substring(0, version.length() - 2));
            return new Specifier(op, version, prereleases, base, wildcardIntervals(op, base));
        }
        Pep440Version v = Pep440Version.parse(version);
        return new Specifier(op, version, prereleases, v, Interval.of(intervals(op, v)));
    }

    private static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && Pep440Parser.isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && Pep440Parser.isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static List<Interval> wildcardIntervals(Operator op, Pep440Version base) {
        Cut low = Cut.before(base.prefixDev0(base.releaseLength(), false));
        Cut high = Cut.before(base.prefixDev0(base.releaseLength(), true));
        return op == Operator.EQUAL
                ? List.of(new Interval(low, high))
                : List.of(new Interval(Cut.NEG_INF, low), new Interval(high, Cut.POS_INF));
    }

    private static List<Interval> intervals(Operator op, Pep440Version v) {
        Cut top = v.hasLocal() ? Cut.after(v) : Cut.afterLocals(v);
        return switch (op) {
            case GREATER_EQUAL -> List.of(new Interval(Cut.before(v), Cut.POS_INF));
            case LESS_EQUAL -> List.of(new Interval(Cut.NEG_INF, Cut.afterLocals(v)));
            // >V excludes V's local and post-releases unless V is itself a post or dev release
            case GREATER -> List.of(new Interval(v.dev() >= 0 || v.post() >= 0 ? Cut.afterLocals(v)
                    : Cut.afterPosts(v), Cut.POS_INF));
            // <V excludes V's pre-releases unless V is itself one
            case LESS -> List.of(new Interval(Cut.NEG_INF, Cut.before(v.isPrerelease() ? v : v.withDev(0))));
            case EQUAL -> List.of(new Interval(Cut.before(v), top));
            case NOT_EQUAL -> List.of(new Interval(Cut.NEG_INF, Cut.before(v)), new Interval(top, Cut.POS_INF));
            case COMPATIBLE -> List.of(new Interval(Cut.before(v),
                    Cut.before(v.prefixDev0(v.releaseLength() - 1, true))));
            case ARBITRARY -> Interval.FULL;
        };
    }

    public Operator operator() {
        return operator;
    }

    /** The version as written after the operator ({@code 2.1.*}, {@code v1.0}). */
    public String version() {
        return version;
    }

    /** Whether the clause admits pre-releases: the constructor argument, else decided by the clause, null when unknown. */
    public Boolean prereleases() {
        if (prereleases != null) {
            return prereleases;
        }
        if (operator == Operator.NOT_EQUAL || (operator == Operator.EQUAL && version.endsWith(".*"))) {
            return Boolean.FALSE;
        }
        return parsed == null ? null : parsed.isPrerelease();
    }

    List<Interval> intervals() {
        return intervals;
    }

    private Boolean resolve(Boolean asked) {
        if (asked != null) {
            return asked;
        }
        if (prereleases != null) {
            return prereleases;
        }
        return Boolean.TRUE.equals(prereleases()) ? Boolean.TRUE : null;
    }

    /** packaging's {@code Specifier.contains(item, prereleases)}. */
    public boolean contains(String item, Boolean prereleases) {
        if (operator == Operator.ARBITRARY) {
            Pep440Version v = Pep440Version.tryParse(item);
            return matchesText(item) && !(Boolean.FALSE.equals(resolve(prereleases)) && v != null && v.isPrerelease());
        }
        Pep440Version v = Pep440Version.tryParse(item);
        return v != null && contains(v, prereleases);
    }

    /** Like {@link #contains(String, Boolean)}; {@code ===} compares the version's text as written. */
    public boolean contains(Pep440Version v, Boolean prereleases) {
        boolean match = operator == Operator.ARBITRARY ? matchesText(v.text()) : Interval.contains(intervals, v);
        return match && !(Boolean.FALSE.equals(resolve(prereleases)) && v.isPrerelease());
    }

    boolean matchesText(String item) {
        return item.toLowerCase(Locale.ROOT).equals(version.toLowerCase(Locale.ROOT));
    }

    /** packaging's {@code Specifier.filter(items, prereleases)}: matching items, in input order. */
    public List<String> filter(List<String> items, Boolean prereleases) {
        Boolean pre = resolve(prereleases);
        if (operator != Operator.ARBITRARY) {
            return PrereleaseFilter.byIntervals(intervals, items, pre);
        }
        List<String> matched = new ArrayList<>();
        for (String item : items) {
            if (matchesText(item)) {
                matched.add(item);
            }
        }
        return PrereleaseFilter.apply(matched, pre);
    }

    /** The operator and version as packaging compares clauses: trailing zeros trimmed except for {@code ~=}. */
    private String canonical() {
        if (operator == Operator.ARBITRARY || version.endsWith(".*")) {
            return operator.symbol() + version;
        }
        return operator.symbol() + parsed.canonical(operator != Operator.COMPATIBLE);
    }

    /** Equal when the operator and the canonical version agree; {@code prereleases} is ignored. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Specifier s && canonical().equals(s.canonical());
    }

    @Override
    public int hashCode() {
        return canonical().hashCode();
    }

    /** The operator and the version as written ({@code >=1.0}). */
    @Override
    public String toString() {
        return operator.symbol() + version;
    }
}
