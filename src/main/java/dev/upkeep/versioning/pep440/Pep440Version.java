package dev.upkeep.versioning.pep440;

import dev.upkeep.versioning.Version;
import java.util.Arrays;

/**
 * A PEP 440 version, parsed, normalised and ordered exactly as pypa/packaging 26.x does: epoch,
 * release (trailing zeros do not count), pre-release ({@code a < b < rc}, a dev-only release before
 * all of them), post-release, dev-release and local segment (absent first; strings before numbers).
 *
 * <p>Hand-written: no Java library follows packaging exactly. Numbers are kept as {@code long};
 * a release, pre, post or dev number above {@link Long#MAX_VALUE} is refused (packaging accepts
 * them). Local segments of any length compare exactly. Immutable and thread-safe.
 */
public final class Pep440Version implements Version {
    /** How much of a version a comparison looks at: up to the pre-release, the public part, or all. */
    static final int DEPTH_PRE = 1;
    static final int DEPTH_PUBLIC = 2;
    static final int DEPTH_FULL = 3;

    /** The pre-release kinds, in order. */
    static final int PRE_A = 0;
    static final int PRE_B = 1;
    static final int PRE_RC = 2;
    private static final String[] PRE_LABELS = {"a", "b", "rc"};

    private final String text;
    private final long epoch;
    private final long[] release;
    private final int preKind;
    private final long preNumber;
    private final long post;
    private final long dev;
    private final String[] local;
    private final int trimmed;
    private final int preRank;

    private Pep440Version(String text, long epoch, long[] release, int preKind, long preNumber, long post, long dev,
            String local) {
        this.epoch = epoch;
        this.release = release;
        this.preKind = preKind;
        this.preNumber = preKind < 0 ? -1 : Math.max(preNumber, 0);
        this.post = post;
        this.dev = dev;
        this.local = local == null ? null : LocalSegments.split(local);
        int t = release.length;
        while (t > 0 && release[t - 1] == 0) {
            t--;
        }
        this.trimmed = t;
        // dev-only releases sort before a, b and rc; no pre-release sorts after them
        this.preRank = preKind >= 0 ? preKind : (post < 0 && dev >= 0 ? -1 : 3);
        this.text = text != null ? text : render(true);
    }

    /** Parses {@code text}; throws {@link dev.upkeep.versioning.InvalidVersionException} naming it. */
    public static Pep440Version parse(String text) {
        Pep440Parser.Parts p = Pep440Parser.parse(text, false);
        return new Pep440Version(text, p.epoch(), p.release(), p.preKind(), p.preNumber(), p.post(), p.dev(),
                p.local());
    }

    /** Parses {@code text}, or returns null when it is not a valid version. */
    public static Pep440Version tryParse(String text) {
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Pep440Version of(long epoch, long[] release, int preKind, long preNumber, long post, long dev) {
        return new Pep440Version(null, epoch, release, preKind, preNumber, post, dev, null);
    }

    /** This version's public part with a new dev number ({@code 1.0.dev3} → {@code 1.0.dev4}). */
    Pep440Version withDev(long newDev) {
        return of(epoch, release, preKind, preNumber, post, newDev);
    }

    /** This version's public part with a new post and dev number. */
    Pep440Version withPostDev(long newPost, long newDev) {
        return of(epoch, release, preKind, preNumber, newPost, newDev);
    }

    /** The same release with a new pre-release number and dev 0 ({@code 1.0a1} → {@code 1.0a2.dev0}). */
    Pep440Version withPreDev0(long newPreNumber) {
        return of(epoch, release, preKind, newPreNumber, -1, 0);
    }

    /** The final release of this version's epoch and release ({@code 1.0rc1.post2} → {@code 1.0}). */
    Pep440Version finalRelease() {
        return of(epoch, release, -1, -1, -1, -1);
    }

    /** The smallest version at or above this one that is not a pre-release. */
    Pep440Version leastFinalAtOrAbove() {
        if (!isPrerelease()) {
            return this;
        }
        return preKind >= 0 ? finalRelease() : of(epoch, release, -1, -1, post, -1);
    }

    /** {@code release.dev0}, optionally with the last release part raised by one ({@code 1.2} → {@code 1.3.dev0}). */
    Pep440Version prefixDev0(int length, boolean next) {
        long[] r = Arrays.copyOf(release, length);
        if (next) {
            r[length - 1]++;
        }
        return of(epoch, r, -1, -1, -1, 0);
    }

    @Override
    public String text() {
        return text;
    }

    public long epoch() {
        return epoch;
    }

    @Override
    public long[] release() {
        return release.clone();
    }

    int releaseLength() {
        return release.length;
    }

    /** {@code a}, {@code b} or {@code rc}; null when this is not an alpha, beta or release candidate. */
    public String preLabel() {
        return preKind < 0 ? null : PRE_LABELS[preKind];
    }

    /** The pre-release number, -1 when there is none. */
    public long preNumber() {
        return preNumber;
    }

    int preKind() {
        return preKind;
    }

    /** The post-release number, -1 when there is none. */
    public long post() {
        return post;
    }

    /** The dev-release number, -1 when there is none. */
    public long dev() {
        return dev;
    }

    /** The normalised local segment ({@code ubuntu.1}), null when there is none. */
    public String local() {
        return local == null ? null : String.join(".", local);
    }

    public boolean hasLocal() {
        return local != null;
    }

    @Override
    public boolean isPrerelease() {
        return dev >= 0 || preKind >= 0;
    }

    public boolean isPostrelease() {
        return post >= 0;
    }

    public boolean isDevrelease() {
        return dev >= 0;
    }

    /** The normalised version without its local segment. */
    public String publicVersion() {
        return render(false);
    }

    /** The epoch and release only ({@code 1!2.0}). */
    public String baseVersion() {
        StringBuilder sb = new StringBuilder();
        appendBase(sb, release.length);
        return sb.toString();
    }

    /** The normalised form, with trailing zeros of the release trimmed (keeping one) when asked. */
    String canonical(boolean trimZeros) {
        if (!trimZeros) {
            return toString();
        }
        StringBuilder sb = new StringBuilder();
        appendBase(sb, Math.max(trimmed, 1));
        appendSuffix(sb, true);
        return sb.toString();
    }

    /** The normalised form, as packaging's {@code str(Version)}. */
    @Override
    public String toString() {
        return render(true);
    }

    private String render(boolean withLocal) {
        StringBuilder sb = new StringBuilder();
        appendBase(sb, release.length);
        appendSuffix(sb, withLocal);
        return sb.toString();
    }

    private void appendBase(StringBuilder sb, int length) {
        if (epoch != 0) {
            sb.append(epoch).append('!');
        }
        for (int i = 0; i < length; i++) {
            sb.append(i == 0 ? "" : ".").append(release[i]);
        }
    }

    private void appendSuffix(StringBuilder sb, boolean withLocal) {
        if (preKind >= 0) {
            sb.append(PRE_LABELS[preKind]).append(preNumber);
        }
        if (post >= 0) {
            sb.append(".post").append(post);
        }
        if (dev >= 0) {
            sb.append(".dev").append(dev);
        }
        if (withLocal && local != null) {
            sb.append('+').append(local());
        }
    }

    @Override
    public int compareTo(Version other) {
        return compare((Pep440Version) other, DEPTH_FULL);
    }

    /** Compares the first {@code depth} parts of the two versions' sort keys. */
    int compare(Pep440Version o, int depth) {
        int c = Long.compare(epoch, o.epoch);
        if (c != 0) {
            return c;
        }
        int n = Math.max(trimmed, o.trimmed);
        for (int i = 0; i < n; i++) {
            c = Long.compare(i < trimmed ? release[i] : 0, i < o.trimmed ? o.release[i] : 0);
            if (c != 0) {
                return c;
            }
        }
        c = Integer.compare(preRank, o.preRank);
        if (c != 0 || (c = Long.compare(preNumber, o.preNumber)) != 0 || depth == DEPTH_PRE) {
            return c;
        }
        // no post-release first; among dev numbers, a dev release before none
        c = Long.compare(post, o.post);
        if (c != 0) {
            return c;
        }
        c = Boolean.compare(dev < 0, o.dev < 0);
        if (c != 0 || (c = Long.compare(dev, o.dev)) != 0 || depth == DEPTH_PUBLIC) {
            return c;
        }
        return LocalSegments.compare(local, o.local);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pep440Version v && compare(v, DEPTH_FULL) == 0;
    }

    @Override
    public int hashCode() {
        int h = Long.hashCode(epoch);
        for (int i = 0; i < trimmed; i++) {
            h = 31 * h + Long.hashCode(release[i]);
        }
        h = 31 * h + preRank;
        h = 31 * h + Long.hashCode(preNumber);
        h = 31 * h + Long.hashCode(post);
        h = 31 * h + Long.hashCode(dev);
        return 31 * h + (local == null ? 0 : Arrays.hashCode(local));
    }
}
