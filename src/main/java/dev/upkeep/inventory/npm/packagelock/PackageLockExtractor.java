package dev.upkeep.inventory.npm.packagelock;

import dev.upkeep.inventory.Extraction;
import dev.upkeep.inventory.Extractor;
import dev.upkeep.inventory.ExtractorInput;
import dev.upkeep.inventory.npm.Manifest;
import java.io.IOException;

/**
 * package-lock.json (lockfile v1, v2 and v3) and npm-shrinkwrap.json, which has the same format.
 *
 * <p>When both sit in one folder npm installs from npm-shrinkwrap.json and ignores
 * package-lock.json, and so does this extractor: it wants both names, and reading a
 * package-lock.json with a shrinkwrap beside it yields nothing, so nothing is reported twice.
 */
public final class PackageLockExtractor implements Extractor {
    static final String LOCK = "package-lock.json";
    static final String SHRINKWRAP = "npm-shrinkwrap.json";

    @Override
    public String id() {
        return "npm/package-lock";
    }

    @Override
    public String description() {
        return "npm lockfile (package-lock.json v1/v2/v3, npm-shrinkwrap.json)";
    }

    @Override
    public boolean wants(String path) {
        return named(path, LOCK) || named(path, SHRINKWRAP);
    }

    @Override
    public Extraction extract(ExtractorInput input) throws IOException {
        if (named(input.path(), LOCK) && input.open(SHRINKWRAP).isPresent()) {
            return Extraction.empty(); // npm uses the shrinkwrap; it is read on its own
        }
        LockReader.Lock lock = LockReader.read(input.text());
        if (lock.packages() != null) {
            return Extraction.of(new PackagesV2(lock.packages(), input.path()).components());
        }
        return Extraction.of(DependenciesV1.components(lock.dependencies(),
                Manifest.read(input, "package.json"), input.path()));
    }

    private static boolean named(String path, String name) {
        return path.equals(name) || path.endsWith("/" + name);
    }
}
