package dev.upkeep.inventory.npm.packagelock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Kind;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Relation;
import dev.upkeep.domain.Scope;
import dev.upkeep.domain.SkipReason;
import dev.upkeep.inventory.Extraction;
import dev.upkeep.inventory.FormatException;
import dev.upkeep.inventory.npm.Fixtures;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PackageLockExtractorTest {
    private final PackageLockExtractor extractor = new PackageLockExtractor();

    private Extraction extract(String fixture) throws IOException {
        return extractor.extract(Fixtures.file("packagelock/" + fixture));
    }


    /** What npm 11 wrote for one workspace project (packages/app, packages/lib, a file: dependency, an alias, every scope). */
    private static final List<String> NPM_WORKSPACES = List.of(
            "@shop/app@0.3.0 (workspace) direct prod",
            "@shop/lib@0.1.0 (workspace) direct prod",
            "debug@4.4.3 direct prod",
            "is-buffer@1.1.6 transitive optional",
            "is-even@1.0.0 direct optional",
            "is-number@3.0.0 transitive optional",
            "is-number@6.0.0 transitive prod",
            "is-number@7.0.0 direct prod",
            "is-odd@0.1.2 transitive optional",
            "is-odd@3.0.1 direct dev",
            "js-tokens@4.0.0 transitive peer",
            "kind-of@3.2.2 transitive optional",
            "local-util@2.0.0 (path) direct prod",
            "loose-envify@1.4.0 transitive peer",
            "ms@2.0.0 direct prod",
            "ms@2.1.3 direct prod",
            "react@18.3.1 direct peer");

    private static List<String> withoutLines(Extraction x) {
        return Fixtures.summary(x).stream().map(s -> s.substring(0, s.lastIndexOf(" :"))).toList();
    }

    @Test
    void wantsLockfilesAndShrinkwraps() {
        assertThat(extractor.wants("package-lock.json")).isTrue();
        assertThat(extractor.wants("tools/cli/npm-shrinkwrap.json")).isTrue();
        assertThat(extractor.wants("package.json")).isFalse();
        assertThat(extractor.wants("old-package-lock.json")).isFalse();
    }

    @Test
    void lockfileV3ResolvesWorkspacesAliasesPathsAndEveryScope() throws IOException {
        Extraction x = extract("npm-workspaces-v3/package-lock.json");
        assertThat(x.problems()).isEmpty();
        assertThat(withoutLines(x)).as("extract(npm-workspaces-v3)").isEqualTo(NPM_WORKSPACES);
        assertThat(Fixtures.find(x, "ms", "2.0.0")).as("the alias ms2: npm:ms@2.0.0").isEqualTo(
                Component.builder(Ecosystem.NPM, Kind.PACKAGE, "ms").version("2.0.0").constraint("2.0.0").relation(Relation.DIRECT)
                        .scope(Scope.PROD).purl("pkg:npm/ms@2.0.0").location(new Location("package-lock.json", 157))
                        .property("alias", "ms2").build());
        assertThat(Fixtures.find(x, "@shop/lib", "0.1.0").properties()).as("workspace @shop/lib properties")
                .isEqualTo(Map.of("path", "packages/lib"));
        assertThat(Fixtures.find(x, "@shop/lib", "0.1.0").locations()).as("@shop/lib: the link and the folder's entry")
                .containsExactly(new Location("package-lock.json", 36), new Location("package-lock.json", 183));
        assertThat(Fixtures.find(x, "debug", "4.4.3").constraint()).as("debug's constraint, from the root").isEqualTo("^4.3.4");
        assertThat(Fixtures.find(x, "is-number", "7.0.0").locations()).as("is-number@7.0.0, installed under packages/lib")
                .containsExactly(new Location("package-lock.json", 190));
    }

    @Test
    void lockfileV2ReadsLikeV3() throws IOException {
        assertThat(withoutLines(extract("npm-workspaces-v2/package-lock.json"))).as("extract(npm-workspaces-v2)")
                .isEqualTo(NPM_WORKSPACES);
    }

    @Test
    void lockfileV1TakesDirectDependenciesAndWorkspacesFromThePackageJsonBesideIt() throws IOException {
        Extraction x = extract("npm-workspaces-v1/package-lock.json");
        assertThat(withoutLines(x)).as("extract(npm-workspaces-v1)").containsExactly(
                "@shop/app (workspace) direct prod",
                "@shop/lib (workspace) direct prod",
                "debug@4.4.3 direct prod",
                "is-buffer@1.1.6 transitive optional",
                "is-even@1.0.0 direct optional",
                "is-number@3.0.0 transitive optional",
                "is-number@6.0.0 transitive prod",
                "is-number@7.0.0 transitive prod", // v1 does not say it is what packages/lib asks for
                "is-odd@0.1.2 transitive optional",
                "is-odd@3.0.1 direct dev",
                "js-tokens@4.0.0 transitive peer",
                "kind-of@3.2.2 transitive optional",
                "local-util (path) direct prod",
                "loose-envify@1.4.0 transitive peer",
                "ms@2.0.0 direct prod",
                "ms@2.1.3 transitive prod",
                "react@18.3.1 direct peer");
    }

    @Test
    void lockfileV1WithoutAManifestLeavesTopLevelRelationsUnknown() throws IOException {
        Extraction x = extract("git-file-and-tarball-v1.json");
        assertThat(Fixtures.summary(x)).as("extract(git-file-and-tarball-v1.json)").containsExactly(
                "@babel/code-frame@7.0.0 unknown prod :7",
                "is-number (git) unknown dev :11",
                "local-thing (path) unknown prod :16",
                "ms@2.0.0 unknown prod :22",
                "tiny@1.0.4 transitive prod :26",
                "vendored (url) unknown prod :32");
        assertThat(Fixtures.find(x, "is-number", null).properties()).as("is-number (git) properties").isEqualTo(Map.of(
                "url", "git+ssh://git@github.com/jonschlinkert/is-number.git#af885e2e890b9ef0875edd2b117305119ee5bdc5",
                "commit", "af885e2e890b9ef0875edd2b117305119ee5bdc5"));
        assertThat(Fixtures.find(x, "@babel/code-frame", "7.0.0").properties()).isEqualTo(Map.of("alias", "babel-code-frame"));
        assertThat(Fixtures.find(x, "tiny", "1.0.4").properties()).isEqualTo(Map.of("bundled", "true"));
    }

    @Test
    void gitTarballPathLinkBundledAndExtraneousPackagesInV3() throws IOException {
        Extraction x = extract("sources-v3.json");
        assertThat(Fixtures.summary(x)).as("extract(sources-v3.json)").containsExactly(
                "fsevents-ish@1.2.9 direct prod :27",
                "leftover@0.0.1 transitive prod :39",
                "ms@2.0.0 transitive dev :69",
                "ms@2.1.3 transitive prod :44",
                "offline@3.1.0 (path) direct prod :48",
                "pdf-kit@2.0.0 (git) direct prod :52",
                "shared-lib@0.9.0 (path) direct prod :21",
                "tester@2.3.0 direct dev :60",
                "tiny@1.0.4 transitive prod :35",
                "vendored@1.0.0 (url) direct prod :79");
        assertThat(Fixtures.find(x, "pdf-kit", "2.0.0").properties()).as("pdf-kit properties").isEqualTo(Map.of(
                "url", "git+ssh://git@github.com/acme/pdf-kit.git#0a2d2506c1fe299691fc5db53a2097db3bd615bc",
                "commit", "0a2d2506c1fe299691fc5db53a2097db3bd615bc"));
        assertThat(Fixtures.find(x, "pdf-kit", "2.0.0").constraint()).isEqualTo("github:acme/pdf-kit#v2");
        assertThat(Fixtures.find(x, "shared-lib", "0.9.0").properties()).as("shared-lib, a link outside the workspaces")
                .isEqualTo(Map.of("path", "../shared-lib"));
        assertThat(Fixtures.find(x, "leftover", "0.0.1").properties()).isEqualTo(Map.of("extraneous", "true"));
        Component tiny = Fixtures.find(x, "tiny", "1.0.4");
        assertThat(tiny.locations()).as("tiny, bundled in fsevents-ish and installed for tester: one component, two places")
                .containsExactly(new Location("sources-v3.json", 35), new Location("sources-v3.json", 74));
        assertThat(tiny.properties()).isEqualTo(Map.of("bundled", "true"));
        assertThat(Fixtures.find(x, "vendored", "1.0.0").skipReason()).isEqualTo(SkipReason.URL);
    }

    @Test
    void aPackageLockBesideAShrinkwrapIsIgnoredAsNpmIgnoresIt() throws IOException {
        assertThat(extract("shrinkwrap-beside-lock/package-lock.json").components()).as("extract(package-lock.json beside a shrinkwrap)")
                .isEmpty();
        assertThat(Fixtures.summary(extract("shrinkwrap-beside-lock/npm-shrinkwrap.json"))).as("extract(npm-shrinkwrap.json)")
                .containsExactly("ms@2.1.3 direct prod :6");
    }

    @Test
    void malformedLockfilesAreFormatExceptionsWithTheirLine() {
        assertThatThrownBy(() -> extract("not-json.txt")).as("extract(not-json.txt)")
                .isInstanceOf(FormatException.class).hasMessageStartingWith("malformed JSON")
                .extracting(e -> ((FormatException) e).line()).isEqualTo(1);
        assertThatThrownBy(() -> extract("truncated.json")).as("extract(truncated.json)")
                .isInstanceOf(FormatException.class).hasMessageStartingWith("malformed JSON")
                .extracting(e -> ((FormatException) e).line()).isEqualTo(6);
        assertThatThrownBy(() -> extract("package-not-an-object.json")).as("extract(package-not-an-object.json)")
                .isInstanceOf(FormatException.class).hasMessage("package 'node_modules/ms' is not an object")
                .extracting(e -> ((FormatException) e).line()).isEqualTo(4);
    }
}
