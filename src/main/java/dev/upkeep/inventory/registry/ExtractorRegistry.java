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
                new dev.upkeep.inventory.npm.packagejson.PackageJsonExtractor(),
                new dev.upkeep.inventory.npm.packagelock.PackageLockExtractor(),
                new dev.upkeep.inventory.npm.pnpm.PnpmLockExtractor(),
                new dev.upkeep.inventory.npm.yarn.YarnLockExtractor(),
                new dev.upkeep.inventory.npm.bun.BunLockExtractor(),
                new dev.upkeep.inventory.container.compose.ComposeExtractor(),
                new dev.upkeep.inventory.container.dockerfile.DockerfileExtractor(),
                new dev.upkeep.inventory.runtime.nvmrc.NvmrcExtractor(),
                new dev.upkeep.inventory.runtime.pythonversion.PythonVersionExtractor(),
                new dev.upkeep.inventory.runtime.toolversions.ToolVersionsExtractor(),
                new dev.upkeep.inventory.githubactions.workflow.WorkflowExtractor(),
                new dev.upkeep.inventory.githubactions.action.ActionExtractor(),
                new dev.upkeep.inventory.migration.folders.MigrationFoldersExtractor(),
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
