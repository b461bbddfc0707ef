package dev.upkeep.versioning;

/** The update type of a step between two release number lists, for schemes that read it the usual way. */
public final class ReleaseStep {
    private ReleaseStep() {}

    /**
     * The first differing number decides: the first is {@link UpdateType#MAJOR}, the second
     * {@link UpdateType#MINOR}, any later one {@link UpdateType#PATCH}; a missing number counts as 0.
     * Equal lists give {@link UpdateType#PRERELEASE} (the versions differ elsewhere, if at all);
     * callers answer {@link UpdateType#NONE} for steps that do not go up.
     */
    public static UpdateType between(long[] from, long[] to) {
        for (int i = 0; i < Math.max(from.length, to.length); i++) {
            if ((i < from.length ? from[i] : 0) != (i < to.length ? to[i] : 0)) {
                return i == 0 ? UpdateType.MAJOR : i == 1 ? UpdateType.MINOR : UpdateType.PATCH;
            }
        }
        return UpdateType.PRERELEASE;
    }
}
