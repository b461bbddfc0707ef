package dev.upkeep.versioning.maven;

import dev.upkeep.versioning.Version;
import java.util.Arrays;
import org.apache.maven.artifact.versioning.ComparableVersion;

/**
 * A Maven version, ordered by Maven's own {@link ComparableVersion} ({@code 1-alpha < 1-beta <
 * 1-milestone < 1-rc < 1-SNAPSHOT < 1 = 1.0 = 1.final < 1-sp}, unknown qualifiers after the release).
 */
public final class MavenVersion implements Version {
    private final String text;
    private final ComparableVersion comparable;
    private final long[] release;

    MavenVersion(String text) {
        this.text = text;
        this.comparable = new ComparableVersion(text);
        this.release = leadingNumbers(text);
    }

    /** The numbers before the first qualifier: {@code 3.2.1} of {@code 3.2.1-SNAPSHOT} or {@code 3.2.1.RELEASE}. */
    private static long[] leadingNumbers(String text) {
        long[] out = new long[4];
        int n = 0;
        int i = 0;
        while (i < text.length() && isDigit(text.charAt(i))) {
            int start = i;
            while (i < text.length() && isDigit(text.charAt(i))) {
                i++;
            }
            if (i - start > 18) {
                break;
            }
            if (n == out.length) {
                out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = Long.parseLong(text, start, i, 10);
            if (i + 1 < text.length() && (text.charAt(i) == '.' || text.charAt(i) == '-')
                    && isDigit(text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public long[] release() {
        return release.clone();
    }

    /** Whether a qualifier puts it before its release: alpha, beta, milestone, rc/cr or SNAPSHOT. */
    @Override
    public boolean isPrerelease() {
        if (release.length == 0) {
            return false;
        }
        StringBuilder base = new StringBuilder();
        for (long part : release) {
            base.append(base.length() == 0 ? "" : ".").append(part);
        }
        return comparable.compareTo(new ComparableVersion(base.toString())) < 0;
    }

    @Override
    public int compareTo(Version other) {
        return comparable.compareTo(((MavenVersion) other).comparable);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MavenVersion v && comparable.compareTo(v.comparable) == 0;
    }

    @Override
    public int hashCode() {
        return comparable.getCanonical().hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
