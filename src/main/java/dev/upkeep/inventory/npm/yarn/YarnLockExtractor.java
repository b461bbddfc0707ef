package dev.upkeep.inventory.npm.yarn;

import dev.upkeep.inventory.Extraction;
import dev.upkeep.inventory.Extractor;
import dev.upkeep.inventory.ExtractorInput;
import java.io.IOException;
import java.util.List;

/**
 * yarn.lock, classic (v1) and berry (v2 to v4). Neither writes dev or optional flags, and classic
 * does not even say what the project depends on, so both read the package.json of the project (and,
 * for berry, of each workspace) through {@link ExtractorInput#open} and walk the lockfile from
 * there: a package is DIRECT when a manifest lists it, TRANSITIVE when reached from one, and of
 * UNKNOWN relation (scope prod) when no manifest reaches it.
 */
public final class YarnLockExtractor implements Extractor {
    @Override
    public String id() {
        return "npm/yarn-lock";
    }

    @Override
    public String description() {
        return "yarn lockfile (yarn.lock classic v1 and berry v2+): aliases, git, file, patch and workspace entries";
    }

    @Override
    public boolean wants(String path) {
        return path.equals("yarn.lock") || path.endsWith("/yarn.lock");
    }

    @Override
    public Extraction extract(ExtractorInput input) throws IOException {
        YarnLock lock = new YarnLock(YarnLockParser.parse(input.text()), input.path(), id());
        return new Extraction(lock.components(input), List.of(), lock.problems());
    }
}
