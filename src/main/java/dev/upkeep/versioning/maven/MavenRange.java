package dev.upkeep.versioning.maven;

import dev.upkeep.versioning.Version;
import dev.upkeep.versioning.VersionRange;
import org.apache.maven.artifact.versioning.ArtifactVersion;
import org.apache.maven.artifact.versioning.DefaultArtifactVersion;

/**
 * A Maven version requirement, read by maven-artifact's own {@code VersionRange}: {@code [1.0,2.0)},
 * {@code (,1.0]}, unions {@code [1,2),[3,4)}, exact {@code [1.0]}, or a soft requirement {@code 1.0},
 * which (as in Maven) admits every version and only recommends its own.
 */
public final class MavenRange implements VersionRange {
    private final String text;
    private final org.apache.maven.artifact.versioning.VersionRange range;

    MavenRange(String text, org.apache.maven.artifact.versioning.VersionRange range) {
        this.text = text;
        this.range = range;
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public boolean contains(Version version) {
        return range.containsVersion(new DefaultArtifactVersion(version.text()));
    }

    /** The version a soft requirement recommends ({@code 1.0} for {@code 1.0}); null for a real range. */
    public String recommended() {
        ArtifactVersion v = range.getRecommendedVersion();
        return v == null ? null : v.toString();
    }

    @Override
    public String toString() {
        return range.toString();
    }
}
