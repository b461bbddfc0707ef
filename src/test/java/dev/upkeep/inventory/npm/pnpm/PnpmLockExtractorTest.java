package dev.upkeep.inventory.npm.pnpm;

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

class PnpmLockExtractorTest {
    private final PnpmLockExtractor extractor = new PnpmLockExtractor();

    private Extraction extract(String fixture) throws IOException {
        return extractor.extract(Fixtures.file("pnpm/" + fixture));
    }


    @Test
    void wantsPnpmLockYaml() {
        assertThat(extractor.wants("pnpm-lock.yaml")).isTrue();
        assertThat(extractor.wants("apps/api/pnpm-lock.yaml")).isTrue();
        assertThat(extractor.wants("pnpm-workspace.yaml")).isFalse();
    }

    @Test
    void lockfileV9WalksEveryImporterAndWorksOutScopesFromTheSnapshots() throws IOException {
        Extraction x = extract("pnpm-workspace-v9/pnpm-lock.yaml");
        assertThat(x.problems()).isEmpty();
        assertThat(Fixtures.summary(x)).as("extract(pnpm-workspace-v9) from pnpm 9.15").containsExactly(
                "@shop/lib (workspace) direct prod :34", // packages/app's link:../lib
                "debug@4.4.3 direct prod :49",
                "is-buffer@1.1.6 transitive optional :58",
                "is-even@1.0.0 direct optional :61",
                "is-number@3.0.0 transitive optional :65",
                "is-number@6.0.0 transitive prod :69", // through local-util (prod) and is-odd (dev): prod wins
                "is-number@7.0.0 direct prod :73", // what packages/lib asks for
                "is-odd@0.1.2 transitive optional :77",
                "is-odd@3.0.1 direct dev :81",
                "js-tokens@4.0.0 transitive prod :85",
                "kind-of@3.2.2 transitive optional :88",
                "local-util (path) direct prod :92",
                "loose-envify@1.4.0 transitive prod :95",
                "ms@2.0.0 direct prod :99",
                "ms@2.1.3 direct prod :102",
                "react@18.3.1 direct prod :105"); // pnpm's autoInstallPeers writes the root's peer as a dependency
        assertThat(Fixtures.find(x, "ms", "2.0.0").properties()).as("ms2: npm:ms@2.0.0").isEqualTo(Map.of("alias", "ms2"));
        assertThat(Fixtures.find(x, "ms", "2.0.0").constraint()).isEqualTo("2.0.0");
        assertThat(Fixtures.find(x, "@shop/lib", null).properties()).isEqualTo(Map.of("path", "packages/lib"));
        assertThat(Fixtures.find(x, "local-util", null).properties()).isEqualTo(Map.of("path", "vendor/local-util"));
    }

    @Test
    void lockfileV5PeerSuffixesAliasesGitAndFlags() throws IOException {
        Extraction x = extract("peers-and-flags-v5.yaml");
        assertThat(Fixtures.summary(x)).as("extract(peers-and-flags-v5.yaml)").containsExactly(
                "charts@3.0.1 (git) direct prod :58",
                "fsevents@2.3.2 transitive dev :30",
                "loose-envify@1.4.0 transitive prod :21",
                "mocha@10.0.0 direct dev :26",
                "react-dom@18.2.0 direct prod :36",
                "react@18.3.0 direct prod :53");
        Component dom = Fixtures.find(x, "react-dom", "18.2.0");
        assertThat(dom.locations()).as("react-dom's two peer variants: one component")
                .containsExactly(new Location("peers-and-flags-v5.yaml", 36), new Location("peers-and-flags-v5.yaml", 45));
        assertThat(dom.properties()).as("react-dom properties").isEqualTo(Map.of("peerSets", "_react@18.2.0 _react@18.3.0"));
        assertThat(dom.constraint()).as("react-dom's constraint, from specifiers").isEqualTo("^18.2.0");
        assertThat(Fixtures.find(x, "charts", "3.0.1").properties()).as("charts (git) properties").isEqualTo(Map.of(
                "url", "https://codeload.github.com/acme/charts/tar.gz/0a2d2506c1fe299691fc5db53a2097db3bd615bc",
                "commit", "0a2d2506c1fe299691fc5db53a2097db3bd615bc"));
    }

    @Test
    void lockfileV6TarballAndFileDependencies() throws IOException {
        Extraction x = extract("tarballs-v6.yaml");
        assertThat(Fixtures.summary(x)).as("extract(tarballs-v6.yaml)").containsExactly(
                "debug@4.3.4 (url) direct prod :32",
                "offline@1.0.0 (path) direct prod :38",
                "react-dom@18.2.0 direct prod :20",
                "react@18.2.0 transitive prod :28");
        assertThat(Fixtures.find(x, "debug", "4.3.4").properties()).isEqualTo(Map.of("url", "https://github.com/debug-js/debug/tarball/4.3.4"));
        assertThat(Fixtures.find(x, "react-dom", "18.2.0").properties()).isEqualTo(Map.of("peerSets", "(react@18.2.0)"));
    }

    @Test
    void lockfileV9PeerVariantsAndPatches() throws IOException {
        Extraction x = extract("peer-variants-v9.yaml");
        assertThat(Fixtures.summary(x)).as("extract(peer-variants-v9.yaml)").containsExactly(
                "jest-config@30.0.3 direct prod :29",
                "jest-pnp-resolver@1.2.3 transitive prod :32",
                "jest-runner@27.5.1 direct dev :35",
                "jest-runner@30.0.3 transitive prod :38",
                "lodash@4.17.21 direct prod :41");
        assertThat(Fixtures.find(x, "jest-pnp-resolver", "1.2.3").properties()).as("jest-pnp-resolver properties")
                .isEqualTo(Map.of("peerSets", "(jest-resolve@27.5.1) (jest-resolve@30.0.2)"));
        assertThat(Fixtures.find(x, "lodash", "4.17.21").properties()).as("lodash properties").isEqualTo(Map.of("patched", "true"));
    }

    @Test
    void skipsTheDocumentThatLocksPnpmItself() throws IOException {
        assertThat(Fixtures.summary(extract("two-documents.yaml"))).as("extract(two-documents.yaml)")
                .containsExactly("is-number@7.0.0 direct prod :35");
    }

    @Test
    void anUnreadablePackageKeyIsAProblemAndTheRestIsRead() throws IOException {
        Extraction x = extract("invalid-key.yaml");
        assertThat(Fixtures.summary(x)).containsExactly("acorn@8.7.0 direct prod :15");
        assertThat(x.problems()).as("extract(invalid-key.yaml).problems").extracting(p -> p.location() + " " + p.message())
                .containsExactly("invalid-key.yaml:11 invalid dependency path: invalidpath; skipped");
    }

    @Test
    void malformedYamlIsAFormatExceptionWithItsLine() {
        assertThatThrownBy(() -> extract("unclosed-flow-map.yaml")).as("extract(unclosed-flow-map.yaml)")
                .isInstanceOf(FormatException.class).hasMessageStartingWith("malformed YAML")
                .extracting(e -> ((FormatException) e).line()).isEqualTo(6);
        assertThatThrownBy(() -> extract("no-lockfile-version.yaml")).as("extract(no-lockfile-version.yaml)")
                .isInstanceOf(FormatException.class).hasMessageContaining("not a pnpm lockfile");
    }
}
