package dev.upkeep.inventory.npm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Inventory;
import dev.upkeep.domain.Kind;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.SkipReason;
import dev.upkeep.inventory.Scanner;
import dev.upkeep.inventory.registry.ExtractorRegistry;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The npm extractors through the whole scan: package.json joined with the lockfile beside it. */
class NpmScanTest {
    private static Inventory scan(String fixtureDir) throws URISyntaxException {
        Path root = Path.of(NpmScanTest.class.getResource("/dev/upkeep/inventory/npm/" + fixtureDir).toURI());
        return new Scanner(ExtractorRegistry.all(), new Scanner.Options(64L << 20, false, 1)).scan(root, Scanner.Listener.NONE);
    }

    private static Component find(Inventory inv, String name, String version) {
        return inv.components().stream().filter(c -> c.name().equals(name) && Objects.equals(c.version(), version))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + "@" + version + " in " + inv.components()));
    }

    @Test
    void everyManifestDependencyIsResolvedByTheLockfileBesideIt() throws URISyntaxException {
        Inventory inv = scan("packagelock/npm-workspaces-v3");
        assertThat(inv.problems()).as("scan(npm-workspaces-v3).problems").isEmpty();
        assertThat(inv.components()).as("unpinned npm packages left after the merge")
                .filteredOn(c -> c.kind() == Kind.PACKAGE && c.skipReason() == SkipReason.UNPINNED).isEmpty();
        Component debug = find(inv, "debug", "4.4.3");
        assertThat(debug.constraint()).isEqualTo("^4.3.4");
        assertThat(debug.locations()).as("debug's locations").containsExactly(
                new Location("package-lock.json", 40), new Location("package.json", 9));
        assertThat(find(inv, "ms", "2.0.0").properties()).as("ms2 alias, from both files").isEqualTo(java.util.Map.of("alias", "ms2"));
        assertThat(find(inv, "is-buffer", "1.1.6").properties()).as("is-buffer, forced by overrides")
                .containsEntry("override", "true");
        assertThat(find(inv, "node", null).constraint()).as("engines.node").isEqualTo(">=20.11 <23");
    }

    @Test
    void aWorkspaceDependencyOfAMemberJoinsTheLockfilesWorkspaceEntry() throws URISyntaxException {
        Inventory inv = scan("yarn/berry-workspace");
        Component lib = inv.components().stream().filter(c -> c.name().equals("@shop/lib")).reduce((a, b) -> {
            throw new AssertionError("@shop/lib twice: " + a + " and " + b);
        }).orElseThrow();
        assertThat(lib.skipReason()).isEqualTo(SkipReason.WORKSPACE);
        assertThat(lib.locations()).containsExactly(new Location("packages/app/package.json", 5), new Location("yarn.lock", 17));
    }
}
