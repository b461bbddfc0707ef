package dev.upkeep.inventory.registry;

import dev.upkeep.inventory.Extractor;
import dev.upkeep.inventory.python.pdmlock.PdmLockExtractor;
import dev.upkeep.inventory.python.pipfilelock.PipfileLockExtractor;
import dev.upkeep.inventory.python.poetrylock.PoetryLockExtractor;
import dev.upkeep.inventory.python.pylock.PylockExtractor;
import dev.upkeep.inventory.python.pyproject.PyprojectExtractor;
import dev.upkeep.inventory.python.requirements.RequirementsExtractor;
import dev.upkeep.inventory.python.uvlock.UvLockExtractor;
import java.util.List;

/**
 * Every built-in extractor, one line each. A test checks that every extractor package is listed
 * here and that every listed extractor has fixtures and a description.
 */
public final class ExtractorRegistry {
    private ExtractorRegistry() {}

    public static List<Extractor> all() {
        return List.of(
                new PyprojectExtractor(),
                new RequirementsExtractor(),
                new UvLockExtractor(),
                new PoetryLockExtractor(),
                new PipfileLockExtractor(),
                new PdmLockExtractor(),
                new PylockExtractor()
        );
    }
}
