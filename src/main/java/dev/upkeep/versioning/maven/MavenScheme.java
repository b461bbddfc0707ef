package dev.upkeep.versioning.maven;

import dev.upkeep.versioning.InvalidVersionException;
import dev.upkeep.versioning.ReleaseStep;
import dev.upkeep.versioning.UpdateType;
import dev.upkeep.versioning.Version;
import dev.upkeep.versioning.VersionScheme;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.versioning.ArtifactVersion;
import org.apache.maven.artifact.versioning.InvalidVersionSpecificationException;
import org.apache.maven.artifact.versioning.Restriction;

/**
 * Maven artifact versions: Maven's own ordering (maven-artifact's ComparableVersion) and Maven's
 * version ranges. Maven accepts any string as a version; we refuse blanks, whitespace and the
 * characters of ranges and property placeholders ({@code ${…}}), which are not versions.
 */
public final class MavenScheme implements VersionScheme {
    private static final String FORBIDDEN = "${}[](),;:/\\";

    @Override
    public String id() {
        return "maven";
    }

    @Override
    public MavenVersion parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidVersionException(id(), String.valueOf(text), "is empty");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || FORBIDDEN.indexOf(c) >= 0) {
                throw new InvalidVersionException(id(), text, "'" + c + "' at position " + i + " is not allowed in a version");
            }
        }
        return new MavenVersion(text);
    }

    @Override
    public MavenRange parseRange(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidVersionException("maven range", String.valueOf(text), "is empty");
        }
        org.apache.maven.artifact.versioning.VersionRange range;
        try {
            range = org.apache.maven.artifact.versioning.VersionRange.createFromVersionSpec(text);
        } catch (InvalidVersionSpecificationException e) {
            throw new InvalidVersionException("maven range", text, e.getMessage());
        }
        checkVersions(text, range);
        return new MavenRange(text, range);
    }

    /**
     * Refuses a bound or soft version that {@link #parse} refuses. maven-artifact alone reads
     * {@code 1.0]} (or a range after a space) as a soft requirement admitting every version, and
     * {@code [1.0,2.0,3.0]} as the bounds {@code 1.0} and {@code 2.0,3.0} (Maven Resolver refuses
     * the latter too).
     */
    private void checkVersions(String text, org.apache.maven.artifact.versioning.VersionRange range) {
        List<ArtifactVersion> versions = new ArrayList<>();
        versions.add(range.getRecommendedVersion());
        for (Restriction r : range.getRestrictions()) {
            versions.add(r.getLowerBound());
            versions.add(r.getUpperBound());
        }
        for (ArtifactVersion v : versions) {
            if (v != null) {
                try {
                    parse(v.toString());
                } catch (InvalidVersionException e) {
                    throw new InvalidVersionException("maven range", text, "version '" + v + "': " + e.reason());
                }
            }
        }
    }

    /** The first differing release number decides; the same numbers with another qualifier is a pre-release step. */
    @Override
    public UpdateType updateType(Version from, Version to) {
        if (to.compareTo(from) <= 0) {
            return UpdateType.NONE;
        }
        return ReleaseStep.between(from.release(), to.release());
    }
}
