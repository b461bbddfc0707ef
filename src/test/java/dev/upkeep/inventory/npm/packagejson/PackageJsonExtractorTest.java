package dev.upkeep.inventory.npm.packagejson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

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

class PackageJsonExtractorTest {
    private final PackageJsonExtractor extractor = new PackageJsonExtractor();

    private Extraction extract(String fixture) throws IOException {
        return extractor.extract(Fixtures.file("packagejson/" + fixture));
    }

    private static Component named(Extraction x, String name, Scope scope) {
        return x.components().stream().filter(c -> c.name().equals(name) && c.scope() == scope).findFirst()
                .orElseThrow(() -> new AssertionError("no " + scope + " component " + name + " in " + x.components()));
    }

    @Test
    void wantsPackageJsonAnywhere() {
        assertThat(extractor.wants("package.json")).isTrue();
        assertThat(extractor.wants("apps/web/package.json")).isTrue();
        assertThat(extractor.wants("package-lock.json")).isFalse();
        assertThat(extractor.wants("apps/web/my-package.json")).isFalse();
    }

    @Test
    void everyDependencyKeepsItsConstraintAndSaysWhyItHasNoVersion() throws IOException {
        Extraction x = extract("every-kind-of-dependency.json");
        assertThat(x.problems()).as("extract(every-kind-of-dependency.json).problems").isEmpty();
        assertThat(x.components()).as("extract(every-kind-of-dependency.json)")
                .extracting(Component::name, Component::version, Component::constraint, Component::skipReason, Component::scope,
                        c -> c.locations().get(0).line())
                .containsExactly(
                        tuple("next", null, "^14.2.3", SkipReason.UNPINNED, Scope.PROD, 6),
                        tuple("react", "18.3.1", "18.3.1", null, Scope.PROD, 7),
                        tuple("react-dom", "18.3.1", "=v18.3.1", null, Scope.PROD, 8),
                        tuple("string-width", null, "^4.2.0", SkipReason.UNPINNED, Scope.PROD, 9),
                        tuple("ui-kit", null, "workspace:*", SkipReason.WORKSPACE, Scope.PROD, 10),
                        tuple("design-tokens", null, "file:../design-tokens", SkipReason.PATH, Scope.PROD, 11),
                        tuple("legacy-sdk", null, "github:acme/legacy-sdk#3b1bb80b302c2e552685dc8a029797ec832ea7c9", SkipReason.GIT,
                                Scope.PROD, 12),
                        tuple("vendored", null, "https://cdn.example.com/vendored-1.0.0.tgz", SkipReason.URL, Scope.PROD, 13),
                        tuple("zod", null, "catalog:", SkipReason.UNPINNED, Scope.PROD, 14),
                        tuple("canary-thing", null, "next", SkipReason.UNPINNED, Scope.PROD, 15),
                        tuple("typescript", null, "~5.4.5", SkipReason.UNPINNED, Scope.DEV, 18),
                        tuple("react", "18.3.1", "18.3.1", null, Scope.DEV, 19),
                        tuple("fsevents", null, "^2.3.3", SkipReason.UNPINNED, Scope.OPTIONAL, 22),
                        tuple("react", null, ">=18", SkipReason.UNPINNED, Scope.PEER, 25));
    }

    @Test
    void anAliasIsTheRealPackageUnderItsOwnName() throws IOException {
        Component alias = named(extract("every-kind-of-dependency.json"), "string-width", Scope.PROD);
        assertThat(alias).as("string-width-cjs: npm:string-width@^4.2.0").isEqualTo(
                Component.builder(Ecosystem.NPM, Kind.PACKAGE, "string-width").constraint("^4.2.0").skipReason(SkipReason.UNPINNED)
                        .relation(Relation.DIRECT).scope(Scope.PROD).purl("pkg:npm/string-width")
                        .location(new Location("every-kind-of-dependency.json", 9)).property("alias", "string-width-cjs").build());
    }

    @Test
    void sourcesCommitsCatalogsBundlesAndOptionalPeersBecomeProperties() throws IOException {
        Extraction x = extract("every-kind-of-dependency.json");
        assertThat(named(x, "legacy-sdk", Scope.PROD).properties()).as("legacy-sdk properties").isEqualTo(Map.of(
                "url", "github:acme/legacy-sdk#3b1bb80b302c2e552685dc8a029797ec832ea7c9",
                "commit", "3b1bb80b302c2e552685dc8a029797ec832ea7c9"));
        assertThat(named(x, "zod", Scope.PROD).properties()).as("zod properties").isEqualTo(Map.of("catalog", "default"));
        assertThat(named(x, "design-tokens", Scope.PROD).properties()).as("design-tokens properties")
                .containsEntry("bundled", "true");
        assertThat(named(x, "react", Scope.PEER).properties()).as("peer react properties").isEqualTo(Map.of("optionalPeer", "true"));
        assertThat(named(x, "react", Scope.PROD).purl()).isEqualTo("pkg:npm/react@18.3.1");
    }

    @Test
    void enginesAndPackageManagerAreTheRuntimeAndTools() throws IOException {
        Extraction x = extract("tools-and-overrides.json");
        assertThat(x.components().stream().filter(c -> c.kind() != Kind.PACKAGE).toList())
                .as("extract(tools-and-overrides.json) runtimes and tools")
                .containsExactly(
                        Component.builder(Ecosystem.RUNTIME, Kind.RUNTIME, "node").constraint(">=20.11 <23")
                                .skipReason(SkipReason.UNPINNED).purl("pkg:generic/node").property("source", "engines")
                                .location(new Location("tools-and-overrides.json", 5)).build(),
                        Component.builder(Ecosystem.NPM, Kind.TOOL, "pnpm").constraint(">=9")
                                .skipReason(SkipReason.UNPINNED).purl("pkg:npm/pnpm").property("source", "engines")
                                .location(new Location("tools-and-overrides.json", 6)).build(),
                        Component.builder(Ecosystem.RUNTIME, Kind.RUNTIME, "node").constraint("^20.11.0")
                                .skipReason(SkipReason.UNPINNED).purl("pkg:generic/node").property("source", "devEngines")
                                .location(new Location("tools-and-overrides.json", 10)).build(),
                        Component.builder(Ecosystem.NPM, Kind.TOOL, "pnpm").version("9.1.0").constraint("9.1.0")
                                .purl("pkg:npm/pnpm@9.1.0").property("source", "packageManager").property("hash", "sha512.abc123")
                                .location(new Location("tools-and-overrides.json", 3)).build());
    }

    @Test
    void overridesOfNpmYarnAndPnpmAreTransitiveComponentsMarkedOverride() throws IOException {
        List<Component> overrides = extract("tools-and-overrides.json").components().stream()
                .filter(c -> "true".equals(c.properties().get("override"))).toList();
        assertThat(overrides).as("extract(tools-and-overrides.json) overrides")
                .extracting(Component::name, Component::version, Component::constraint, Component::relation,
                        c -> c.properties().get("overrideParent"), c -> c.locations().get(0).line())
                .containsExactly(
                        tuple("minimist", "1.2.8", "1.2.8", Relation.TRANSITIVE, null, 16),
                        tuple("webpack", "5.91.0", "5.91.0", Relation.TRANSITIVE, null, 17),
                        tuple("terser", null, "^5.31.0", Relation.TRANSITIVE, "webpack", 19),
                        tuple("semver", null, "^7.6.0", Relation.TRANSITIVE, null, 21),
                        tuple("json5", "2.2.3", "2.2.3", Relation.TRANSITIVE, "@babel/core", 24),
                        tuple("node-gyp", "6.2.1", "6.2.1", Relation.TRANSITIVE, "tar", 28));
    }

    @Test
    void aDependencyMapThatIsNoObjectIsAProblemAndTheRestIsRead() throws IOException {
        Extraction x = extractor.extract(Fixtures.text("package.json", """
                {
                  "dependencies": ["react"],
                  "devDependencies": { "vitest": "^1.6.0" }
                }
                """));
        assertThat(x.problems()).as("extract(dependencies as a list).problems")
                .extracting(p -> p.location().toString() + " " + p.message())
                .containsExactly("package.json:2 dependencies is not an object; ignored");
        assertThat(x.components()).extracting(Component::name).containsExactly("vitest");
    }

    @Test
    void aPackageManagerWithoutVersionIsAProblem() throws IOException {
        Extraction x = extractor.extract(Fixtures.text("package.json", "{\n  \"packageManager\": \"yarn\"\n}\n"));
        assertThat(x.components()).as("extract(packageManager: yarn)").isEmpty();
        assertThat(x.problems()).extracting(p -> p.location().line()).containsExactly(2);
    }

    @Test
    void malformedJsonIsAFormatExceptionWithItsLine() {
        assertThatThrownBy(() -> extract("not-json.txt")).as("extract(not-json.txt)")
                .isInstanceOf(FormatException.class)
                .extracting(e -> ((FormatException) e).line()).isEqualTo(1);
        assertThatThrownBy(() -> extractor.extract(Fixtures.text("package.json", "{\n  \"dependencies\": {\n    \"a\": \"1\"\n  \n")))
                .as("extract(truncated package.json)")
                .isInstanceOf(FormatException.class)
                .extracting(e -> ((FormatException) e).line()).isEqualTo(5);
    }
}
