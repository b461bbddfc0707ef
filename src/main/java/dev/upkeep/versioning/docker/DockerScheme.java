package dev.upkeep.versioning.docker;

import dev.upkeep.versioning.InvalidVersionException;
import dev.upkeep.versioning.UpdateType;
import dev.upkeep.versioning.Version;
import dev.upkeep.versioning.VersionRange;
import dev.upkeep.versioning.VersionScheme;

/**
 * Container image tags, as Renovate's {@code docker} versioning orders them. Only version tags
 * parse: {@code latest}, digests and other tags are refused here (read them with
 * {@link DockerTag#parse}). Docker has no ranges; a range is one tag and holds the tags equal to
 * it ({@code 18.04} holds {@code 18.4}), as Renovate's {@code matches} does.
 */
public final class DockerScheme implements VersionScheme {
    @Override
    public String id() {
        return DockerTag.SCHEME;
    }

    @Override
    public DockerTag parse(String text) {
        DockerTag tag = DockerTag.parse(text);
        if (tag.kind() != DockerTag.Kind.VERSION) {
            throw new InvalidVersionException(id(), text, "is a " + tag.kind().name().toLowerCase(java.util.Locale.ROOT)
                    + " tag, not a version");
        }
        return tag;
    }

    @Override
    public VersionRange parseRange(String text) {
        return new TagRange(text, parse(text));
    }

    private record TagRange(String text, DockerTag tag) implements VersionRange {
        @Override
        public boolean contains(Version version) {
            return tag.compareTo(version) == 0;
        }
    }

    /**
     * The first differing release number decides (major, minor, patch); the same release with
     * another label or variant is {@link UpdateType#PRERELEASE}.
     */
    @Override
    public UpdateType updateType(Version from, Version to) {
        if (to.compareTo(from) <= 0) {
            return UpdateType.NONE;
        }
        long[] a = from.release();
        long[] b = to.release();
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (a[i] != b[i]) {
                return i == 0 ? UpdateType.MAJOR : i == 1 ? UpdateType.MINOR : UpdateType.PATCH;
            }
        }
        return a.length == b.length ? UpdateType.PRERELEASE : UpdateType.PATCH;
    }
}
