package dev.upkeep.inventory.npm.yarn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Location;
import dev.upkeep.inventory.Extraction;
import dev.upkeep.inventory.FormatException;
import dev.upkeep.inventory.npm.Fixtures;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YarnLockExtractorTest {
    private final YarnLockExtractor extractor = new YarnLockExtractor();

    private Extraction extract(String fixture) throws IOException {
        return extractor.extract(Fixtures.file("yarn/" + fixture));
    }


    @Test
    void wantsYarnLock() {
        assertThat(extractor.wants("yarn.lock")).isTrue();
        assertThat(extractor.wants("web/yarn.lock")).isTrue();
        assertThat(extractor.wants(".yarnrc.yml")).isFalse();
    }

    @Test
    void classicLockfileTakesRootsAndScopesFromThePackageJsonBesideIt() throws IOException {
        Extraction x = extract("classic-workspace/yarn.lock");
        assertThat(Fixtures.summary(x)).as("extract(classic-workspace) from yarn 1.22").containsExactly(
                "debug@4.4.3 direct prod :5",
                "is-buffer@1.1.6 transitive optional :12",
                "is-even@1.0.0 direct optional :17",
                "is-number@3.0.0 transitive optional :24",
                "is-number@6.0.0 transitive prod :31",
                "is-number@7.0.0 unknown prod :36", // asked for by a workspace, which classic lockfiles do not record
                "is-odd@0.1.2 transitive optional :41",
                "is-odd@3.0.1 direct dev :48",
                "kind-of@3.2.2 transitive optional :55",
                "local-util@2.0.0 (path) direct prod :62",
                "ms@2.0.0 direct prod :67",
                "ms@2.1.3 transitive prod :72");
        assertThat(Fixtures.find(x, "ms", "2.0.0").properties()).isEqualTo(Map.of("alias", "ms2"));
        assertThat(Fixtures.find(x, "debug", "4.4.3").constraint()).isEqualTo("^4.3.4");
        assertThat(Fixtures.find(x, "local-util", "2.0.0").properties()).isEqualTo(Map.of("path", "file:vendor/local-util"));
    }

    @Test
    void classicLockfileAloneKnowsNoRelations() throws IOException {
        Extraction x = extract("classic-sources.lock");
        assertThat(Fixtures.summary(x)).as("extract(classic-sources.lock)").containsExactly(
                "charts@3.0.1 (git) unknown prod :5",
                "local-package@0.0.1 (path) unknown prod :11",
                "lodash@4.17.21 unknown prod :15",
                "string-width@4.2.3 unknown prod :20",
                "vendored@1.0.0 (url) unknown prod :24");
        assertThat(Fixtures.find(x, "charts", "3.0.1").properties()).as("charts properties").isEqualTo(Map.of(
                "url", "https://codeload.github.com/acme/charts/tar.gz/0a2d2506c1fe299691fc5db53a2097db3bd615bc",
                "commit", "0a2d2506c1fe299691fc5db53a2097db3bd615bc"));
        assertThat(Fixtures.find(x, "string-width", "4.2.3").properties()).isEqualTo(Map.of("alias", "string-width-cjs"));
    }

    @Test
    void berryLockfileReadsEachWorkspaceAndItsManifest() throws IOException {
        Extraction x = extract("berry-workspace/yarn.lock");
        assertThat(Fixtures.summary(x)).as("extract(berry-workspace) from yarn 4.5").containsExactly(
                "@shop/app (workspace) direct prod :8",
                "@shop/lib (workspace) direct prod :17",
                "debug@4.4.3 direct prod :25",
                "is-buffer@1.1.6 transitive optional :37",
                "is-even@1.0.0 direct optional :44",
                "is-number@3.0.0 transitive optional :53",
                "is-number@6.0.0 transitive prod :62",
                "is-number@7.0.0 direct prod :69",
                "is-odd@0.1.2 transitive optional :76",
                "is-odd@3.0.1 direct dev :85",
                "kind-of@3.2.2 transitive optional :94",
                "local-util@2.0.0 (path) direct prod :103",
                "ms@2.0.0 direct prod :112",
                "ms@2.1.3 direct prod :119");
        assertThat(Fixtures.find(x, "local-util", "2.0.0").properties()).as("local-util properties")
                .isEqualTo(Map.of("path", "file:vendor/local-util"));
        assertThat(Fixtures.find(x, "@shop/lib", null).properties()).as("@shop/lib properties, no stand-in version")
                .isEqualTo(Map.of("path", "packages/lib"));
    }

    @Test
    void berryPatchesGitPortalsAndOptionalDependencies() throws IOException {
        Extraction x = extract("berry-patch-and-git.lock");
        assertThat(Fixtures.summary(x)).as("extract(berry-patch-and-git.lock)").containsExactly(
                "domino@2.1.6+git (git) direct prod :22",
                "fsevents@2.3.3 direct optional :28",
                "resolve@1.22.8 direct prod :35",
                "shared (path) direct prod :47");
        Component resolve = Fixtures.find(x, "resolve", "1.22.8");
        assertThat(resolve.properties()).as("resolve, patched").isEqualTo(Map.of("patched", "true"));
        assertThat(resolve.locations()).containsExactly(new Location("berry-patch-and-git.lock", 35),
                new Location("berry-patch-and-git.lock", 41));
        assertThat(resolve.constraint()).isEqualTo("^1.22.1");
        assertThat(Fixtures.find(x, "domino", "2.1.6+git").properties()).as("domino properties").isEqualTo(Map.of(
                "url", "https://github.com/angular/domino.git#commit=f2435fe1f9f7c91ade0bd472c4723e5eacd7d19a",
                "commit", "f2435fe1f9f7c91ade0bd472c4723e5eacd7d19a"));
        assertThat(Fixtures.find(x, "shared", null).properties()).isEqualTo(Map.of("path", "portal:../shared"));
    }

    @ParameterizedTest(name = "extract({0})")
    @CsvSource({
        "unterminated-quote.lock, 3, unterminated quoted string",
        "indented-before-entry.lock, 3, indented line outside any entry",
        "entry-without-colon.lock, 3, expected an entry ending in ':'"})
    void malformedLockfilesAreFormatExceptionsWithTheirLine(String fixture, int line, String message) {
        assertThatThrownBy(() -> extract(fixture)).as("extract(%s)", fixture)
                .isInstanceOf(FormatException.class).hasMessageContaining(message)
                .extracting(e -> ((FormatException) e).line()).isEqualTo(line);
    }
}
