package dev.upkeep.inventory.registry;

import dev.upkeep.inventory.Extractor;
import java.util.List;

/**
 * Every built-in extractor, one line each. A test checks that every extractor package is listed
 * here and that every listed extractor has fixtures and a description.
 */
public final class ExtractorRegistry {
    private ExtractorRegistry() {}

    public static List<Extractor> all() {
        return List.of(
                new dev.upkeep.inventory.npm.packagejson.PackageJsonExtractor(),
                new dev.upkeep.inventory.npm.packagelock.PackageLockExtractor(),
                new dev.upkeep.inventory.npm.pnpm.PnpmLockExtractor(),
                new dev.upkeep.inventory.npm.yarn.YarnLockExtractor(),
                new dev.upkeep.inventory.npm.bun.BunLockExtractor()
        );
    }
}
