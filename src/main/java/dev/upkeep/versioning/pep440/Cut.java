package dev.upkeep.versioning.pep440;

/**
 * A point on the PEP 440 version line that no version sits on, used as the end of an interval.
 * {@code BEFORE(V)} lies just below V; {@code AFTER(V)} just above V (below V's local variants);
 * {@code AFTER_LOCALS(V)} above V and every {@code V+local}, below {@code V.post0};
 * {@code AFTER_POSTS(V)} above every post-release of V, below the next release. Because no
 * version lies on a cut, an interval between two cuts is open and its complement is exact.
 *
 * <p>A cut is a prefix of a version's sort key plus a sentinel: BEFORE and AFTER take the whole
 * key (sentinel below/above it), AFTER_LOCALS the public part and AFTER_POSTS the key up to the
 * pre-release (sentinel above everything sharing that prefix).
 */
final class Cut implements Comparable<Cut> {
    enum Kind { NEG_INF, BEFORE, AFTER, AFTER_LOCALS, AFTER_POSTS, POS_INF }

    static final Cut NEG_INF = new Cut(Kind.NEG_INF, null);
    static final Cut POS_INF = new Cut(Kind.POS_INF, null);
    private static final Pep440Version MIN = Pep440Version.of(0, new long[] {0}, -1, -1, -1, 0);
    private static final Pep440Version MIN_FINAL = Pep440Version.of(0, new long[] {0}, -1, -1, -1, -1);

    final Kind kind;
    final Pep440Version version;

    private Cut(Kind kind, Pep440Version version) {
        this.kind = kind;
        this.version = version;
    }

    static Cut before(Pep440Version v) {
        return new Cut(Kind.BEFORE, v);
    }

    static Cut after(Pep440Version v) {
        return new Cut(Kind.AFTER, v);
    }

    static Cut afterLocals(Pep440Version v) {
        return new Cut(Kind.AFTER_LOCALS, v);
    }

    static Cut afterPosts(Pep440Version v) {
        return new Cut(Kind.AFTER_POSTS, v);
    }

    /** Whether this cut lies below {@code p}. */
    boolean below(Pep440Version p) {
        return switch (kind) {
            case NEG_INF -> true;
            case POS_INF -> false;
            case BEFORE -> p.compare(version, Pep440Version.DEPTH_FULL) >= 0;
            case AFTER -> p.compare(version, Pep440Version.DEPTH_FULL) > 0;
            case AFTER_LOCALS -> p.compare(version, Pep440Version.DEPTH_PUBLIC) > 0;
            case AFTER_POSTS -> p.compare(version, Pep440Version.DEPTH_PRE) > 0;
        };
    }

    private int depth() {
        return switch (kind) {
            case AFTER_POSTS -> Pep440Version.DEPTH_PRE;
            case AFTER_LOCALS -> Pep440Version.DEPTH_PUBLIC;
            default -> Pep440Version.DEPTH_FULL;
        };
    }

    @Override
    public int compareTo(Cut o) {
        if (kind == Kind.NEG_INF || o.kind == Kind.POS_INF) {
            return kind == o.kind ? 0 : -1;
        }
        if (kind == Kind.POS_INF || o.kind == Kind.NEG_INF) {
            return 1;
        }
        int c = version.compare(o.version, Math.min(depth(), o.depth()));
        if (c != 0) {
            return c;
        }
        if (depth() != o.depth()) {
            // the shorter prefix ends in +infinity: above everything that shares it
            return depth() < o.depth() ? 1 : -1;
        }
        return Integer.compare(kind.ordinal(), o.kind.ordinal());
    }

    /**
     * The least version above this cut, or null when versions come arbitrarily close above it
     * (local variants above {@code AFTER(V)}; {@code 1.0.0.0…1} above {@code AFTER_POSTS(1.0)}).
     */
    Pep440Version leastAbove() {
        return switch (kind) {
            case NEG_INF -> MIN;
            case BEFORE -> version;
            case AFTER, POS_INF -> null;
            case AFTER_LOCALS -> version.dev() >= 0 ? version.withDev(version.dev() + 1)
                    : version.withPostDev(version.post() + 1, 0);
            case AFTER_POSTS -> version.preKind() >= 0 ? version.withPreDev0(version.preNumber() + 1) : null;
        };
    }

    /** The least final (not pre-release) version above this cut, or null when they come arbitrarily close. */
    Pep440Version leastFinalAbove() {
        return switch (kind) {
            case NEG_INF -> MIN_FINAL;
            case BEFORE -> version.leastFinalAtOrAbove();
            case AFTER -> version.isPrerelease() ? version.leastFinalAtOrAbove() : null;
            case AFTER_LOCALS -> leastAbove().leastFinalAtOrAbove();
            case AFTER_POSTS -> version.isPrerelease() ? leastAbove().leastFinalAtOrAbove() : null;
            case POS_INF -> null;
        };
    }

    @Override
    public String toString() {
        return version == null ? kind.name() : kind + "(" + version + ")";
    }
}
