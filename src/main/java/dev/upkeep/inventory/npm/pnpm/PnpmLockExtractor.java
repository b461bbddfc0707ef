package dev.upkeep.inventory.npm.pnpm;

import dev.upkeep.domain.Problem;
import dev.upkeep.inventory.Extraction;
import dev.upkeep.inventory.Extractor;
import dev.upkeep.inventory.ExtractorInput;
import dev.upkeep.inventory.npm.PackageSet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * pnpm-lock.yaml, lockfile v5.x (pnpm 6, 7), v6 (pnpm 8) and v9 (pnpm 9, 10, 11), every importer of
 * a workspace. pnpm 11 may put a first document locking pnpm itself before the project's; that one
 * is skipped, since package.json's {@code packageManager} already names the pnpm version.
 */
public final class PnpmLockExtractor implements Extractor {
    @Override
    public String id() {
        return "npm/pnpm-lock";
    }

    @Override
    public String description() {
        return "pnpm lockfile (pnpm-lock.yaml v5, v6, v9): importers, peer variants, workspace links";
    }

    @Override
    public boolean wants(String path) {
        return path.equals("pnpm-lock.yaml") || path.endsWith("/pnpm-lock.yaml");
    }

    @Override
    public Extraction extract(ExtractorInput input) throws IOException {
        return extract(Yaml.documents(input.text()), input.path());
    }

    /** The extraction of composed documents: how tests compare {@link SubsetComposer} with SnakeYAML. */
    Extraction extract(List<YamlValue> documents, String path) {
        PackageSet set = new PackageSet();
        List<Problem> problems = new ArrayList<>();
        for (YamlValue doc : documents) {
            if (!Importers.onlyTooling(doc)) {
                new PnpmDocument(doc, path, id()).read(set, problems);
            }
        }
        return new Extraction(set.components(), List.of(), problems);
    }
}
