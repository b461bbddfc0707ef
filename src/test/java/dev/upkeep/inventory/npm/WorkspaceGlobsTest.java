package dev.upkeep.inventory.npm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkspaceGlobsTest {
    private static final WorkspaceGlobs GLOBS = new WorkspaceGlobs(List.of("packages/*", "./apps/**", "tools/cli/", "!packages/legacy"));

    @ParameterizedTest(name = "matches({0})")
    @CsvSource({"packages/app,true", "packages/app/nested,false", "apps/web,true", "apps/web/admin,true", "tools/cli,true",
            "packages/legacy,false", "other/app,false", "packages,false"})
    void matchesFoldersTheWayPackageManagersDo(String folder, boolean expected) {
        assertThat(GLOBS.matches(folder)).as("matches(%s)", folder).isEqualTo(expected);
    }
}
