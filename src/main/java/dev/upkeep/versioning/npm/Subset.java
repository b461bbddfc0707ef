package dev.upkeep.versioning.npm;

import java.util.ArrayList;
import java.util.List;

/**
 * node-semver's {@code subset(sub, dom)}: every version of {@code sub} is in {@code dom}. A part
 * of {@code sub} that is a null set is ignored unless every part is; a simple part is compared
 * through its highest lower bound, lowest upper bound and equality, with the pre-release rule
 * (a bound with a pre-release needs a bound in {@code dom} on the same major.minor.patch).
 */
final class Subset {
    /** Tri-state result of one simple part: subset, not subset, or null set. */
    private enum Answer { YES, NO, NULL_SET }

    private final NpmSemver.Options o;

    private Subset(NpmSemver.Options o) {
        this.o = o;
    }

    static boolean subset(String sub, String dom, NpmSemver.Options o) {
        if (sub.equals(dom)) {
            return true;
        }
        Range subRange = Range.parse(sub, o);
        Range domRange = Range.parse(dom, o);
        Subset s = new Subset(o);
        boolean sawNonNull = false;
        outer:
        for (ComparatorSet simpleSub : subRange.sets) {
            for (ComparatorSet simpleDom : domRange.sets) {
                Answer a = s.simple(simpleSub, simpleDom);
                sawNonNull = sawNonNull || a != Answer.NULL_SET;
                if (a == Answer.YES) {
                    continue outer;
                }
            }
            if (sawNonNull) {
                return false;
            }
        }
        return true;
    }

    private Answer simple(ComparatorSet subSet, ComparatorSet domSet) {
        if (subSet.identity != null && subSet.identity.equals(domSet.identity)) {
            return Answer.YES;
        }
        List<Comparator> sub = List.of(subSet.comparators);
        List<Comparator> dom = List.of(domSet.comparators);
        if (subSet.isAny()) {
            if (domSet.isAny()) {
                return Answer.YES;
            }
            sub = List.of(Comparator.parse(o.includePrerelease() ? ">=0.0.0-0" : ">=0.0.0", false));
        }
        if (domSet.isAny()) {
            if (o.includePrerelease()) {
                return Answer.YES;
            }
            dom = List.of(Comparator.parse(">=0.0.0", false));
        }
        List<SemVer> eqs = new ArrayList<>();
        Comparator gt = null;
        Comparator lt = null;
        for (Comparator c : sub) {
            if (c.isGreater()) {
                gt = higher(gt, c);
            } else if (c.isLess()) {
                lt = lower(lt, c);
            } else {
                eqs.add(c.semver);
            }
        }
        if (eqs.size() > 1) {
            return Answer.NULL_SET;
        }
        Integer gtltComp = null;
        if (gt != null && lt != null) {
            gtltComp = gt.semver.compareTo(lt.semver);
            if (gtltComp > 0 || (gtltComp == 0 && (gt.op != Comparator.GE || lt.op != Comparator.LE))) {
                return Answer.NULL_SET;
            }
        }
        if (eqs.size() == 1) {
            return equality(eqs.get(0), gt, lt, dom);
        }
        return bounds(gt, lt, gtltComp, dom);
    }

    private Answer equality(SemVer eq, Comparator gt, Comparator lt, List<Comparator> dom) {
        if ((gt != null && !satisfies(eq, gt)) || (lt != null && !satisfies(eq, lt))) {
            return Answer.NULL_SET;
        }
        for (Comparator c : dom) {
            if (!satisfies(eq, c)) {
                return Answer.NO;
            }
        }
        return Answer.YES;
    }

    private Answer bounds(Comparator gt, Comparator lt, Integer gtltComp, List<Comparator> dom) {
        boolean equalBounds = gtltComp != null && gtltComp == 0;
        SemVer needGtPre = gt != null && !o.includePrerelease() && gt.semver.isPrerelease() ? gt.semver : null;
        SemVer needLtPre = lt != null && !o.includePrerelease() && lt.semver.isPrerelease() ? lt.semver : null;
        if (needLtPre != null && needLtPre.preText.length == 1 && lt.op == Comparator.LT && needLtPre.preNum[0] == 0) {
            needLtPre = null; // <1.2.3-0 is the same as <1.2.3
        }
        boolean hasDomGt = false;
        boolean hasDomLt = false;
        for (Comparator c : dom) {
            hasDomGt = hasDomGt || c.isGreater();
            hasDomLt = hasDomLt || c.isLess();
            if (gt != null) {
                if (needGtPre != null && c.semver.isPrerelease() && c.semver.sameTuple(needGtPre)) {
                    needGtPre = null;
                }
                if (c.isGreater()) {
                    Comparator higher = higher(gt, c);
                    if (higher == c && higher != gt) {
                        return Answer.NO;
                    }
                } else if (gt.op == Comparator.GE && !c.test(gt.semver)) {
                    return Answer.NO;
                }
            }
            if (lt != null) {
                if (needLtPre != null && c.semver.isPrerelease() && c.semver.sameTuple(needLtPre)) {
                    needLtPre = null;
                }
                if (c.isLess()) {
                    Comparator lower = lower(lt, c);
                    if (lower == c && lower != lt) {
                        return Answer.NO;
                    }
                } else if (lt.op == Comparator.LE && !c.test(lt.semver)) {
                    return Answer.NO;
                }
            }
            if (c.op == Comparator.EQ && (lt != null || gt != null) && !equalBounds) {
                return Answer.NO;
            }
        }
        if ((gt != null && hasDomLt && lt == null && !equalBounds) || (lt != null && hasDomGt && gt == null && !equalBounds)) {
            return Answer.NO;
        }
        return needGtPre != null || needLtPre != null ? Answer.NO : Answer.YES;
    }

    /** {@code satisfies(version, String(comparator))}: the comparator re-read as a range. */
    private boolean satisfies(SemVer v, Comparator c) {
        return Range.parse(c.value(), o).test(v);
    }

    /** Of two lower bounds the tighter; {@code >=1.2.3} is looser than {@code >1.2.3}. */
    private static Comparator higher(Comparator a, Comparator b) {
        if (a == null) {
            return b;
        }
        int c = a.semver.compareTo(b.semver);
        return c > 0 ? a : c < 0 ? b : b.op == Comparator.GT && a.op == Comparator.GE ? b : a;
    }

    private static Comparator lower(Comparator a, Comparator b) {
        if (a == null) {
            return b;
        }
        int c = a.semver.compareTo(b.semver);
        return c < 0 ? a : c > 0 ? b : b.op == Comparator.LT && a.op == Comparator.LE ? b : a;
    }
}
