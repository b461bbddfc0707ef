package dev.upkeep.versioning.pep440;

import dev.upkeep.versioning.ReleaseStep;
import dev.upkeep.versioning.UpdateType;
import dev.upkeep.versioning.Version;
import dev.upkeep.versioning.VersionScheme;

/**
 * Python package versions (PEP 440) as pypa/packaging 26.x reads them; ranges are specifier sets.
 * Hand-written because no Java library is exact; ../shared/conformance/pep440.jsonl proves it
 * (docs/conformance/pep440.md).
 */
public final class Pep440Scheme implements VersionScheme {
    @Override
    public String id() {
        return "pep440";
    }

    @Override
    public Pep440Version parse(String text) {
        return Pep440Version.parse(text);
    }

    @Override
    public SpecifierSet parseRange(String text) {
        return SpecifierSet.parse(text);
    }

    /**
     * The epoch or first release number is major, the second minor, any later one patch; a step
     * within one release (pre, post, dev or local) is {@link UpdateType#PRERELEASE}.
     */
    @Override
    public UpdateType updateType(Version from, Version to) {
        Pep440Version a = (Pep440Version) from;
        Pep440Version b = (Pep440Version) to;
        if (b.compareTo(a) <= 0) {
            return UpdateType.NONE;
        }
        if (a.epoch() != b.epoch()) {
            return UpdateType.MAJOR;
        }
        return ReleaseStep.between(a.release(), b.release());
    }
}
