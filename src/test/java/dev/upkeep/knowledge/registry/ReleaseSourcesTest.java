package dev.upkeep.knowledge.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Kind;
import dev.upkeep.knowledge.HttpFetcher;
import dev.upkeep.knowledge.ReleaseSource;
import dev.upkeep.knowledge.ReplayServer;
import dev.upkeep.knowledge.ReplayServer.Reply;
import dev.upkeep.knowledge.TestFetchers;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseSourcesTest {
    @TempDir
    Path cacheDir;

    @TempDir
    Path stack;

    @TempDir
    Path home;

    HttpFetcher fetcher() {
        return TestFetchers.fetcher(cacheDir, new TestFetchers.MutableClock(Instant.parse("2026-11-21T08:00:00Z")), new ArrayList<>(), false);
    }

    ReleaseSources sources(ReleaseSources.Settings settings, Map<String, String> env) {
        return ReleaseSources.create(fetcher(), settings, stack, home, env);
    }

    static Component component(Ecosystem e, Kind k, String name) {
        return Component.builder(e, k, name).purl("pkg:generic/" + name.replace(':', '/')).build();
    }

    @Test
    void everyReleaseSourceInTheCodeIsRegisteredOnce() {
        Set<String> implemented = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.upkeep.knowledge").stream()
                .filter(c -> c.isAssignableTo(ReleaseSource.class) && !c.isInterface() && !c.getModifiers().contains(JavaModifier.ABSTRACT))
                .map(JavaClass::getName).collect(Collectors.toSet());
        ReleaseSources all = sources(ReleaseSources.Settings.defaults(), Map.of());
        assertThat(all.all().stream().map(s -> s.getClass().getName()).collect(Collectors.toSet())).isEqualTo(implemented);
        assertThat(all.all()).extracting(ReleaseSource::id).containsExactlyElementsOf(ReleaseSources.IDS);
    }

    @Test
    void eachComponentFindsItsSource() {
        ReleaseSources all = sources(ReleaseSources.Settings.defaults(), Map.of());
        assertThat(all.forComponent(component(Ecosystem.NPM, Kind.PACKAGE, "@types/node")).map(ReleaseSource::id)).contains("npm");
        assertThat(all.forComponent(component(Ecosystem.PYPI, Kind.PACKAGE, "fastapi")).map(ReleaseSource::id)).contains("pypi");
        assertThat(all.forComponent(component(Ecosystem.DOCKER, Kind.IMAGE, "library/postgres")).map(ReleaseSource::id)).contains("docker");
        assertThat(all.forComponent(component(Ecosystem.MAVEN, Kind.PACKAGE, "org.postgresql:postgresql")).map(ReleaseSource::id)).contains("maven");
        assertThat(all.forComponent(component(Ecosystem.RUNTIME, Kind.RUNTIME, "node"))).isEmpty();
        assertThat(all.byId("docker")).isPresent();
    }

    @Test
    void theProjectNpmrcNamesTheRegistryAndAnExplicitSettingWins() throws Exception {
        try (ReplayServer project = new ReplayServer(); ReplayServer explicit = new ReplayServer()) {
            Files.writeString(stack.resolve(".npmrc"), "registry=" + project.base() + "/npm/\n");
            Files.writeString(home.resolve(".npmrc"), "registry=https://user.example/\n");
            project.on("/npm/left-pad", Reply.ok("{\"name\":\"left-pad\",\"versions\":{\"1.3.0\":{}}}"));
            explicit.on("/left-pad", Reply.ok("{\"name\":\"left-pad\",\"versions\":{\"9.9.9\":{}}}"));
            Component leftPad = component(Ecosystem.NPM, Kind.PACKAGE, "left-pad");
            assertThat(sources(ReleaseSources.Settings.defaults(), Map.of()).byId("npm").orElseThrow().releases(leftPad).release("1.3.0"))
                    .as("from the project .npmrc").isPresent();
            ReleaseSources.Settings flags = ReleaseSources.Settings.fromEnv(Map.of("UPKEEP_NPM_REGISTRY", explicit.base()));
            assertThat(sources(flags, Map.of()).byId("npm").orElseThrow().releases(leftPad).release("9.9.9"))
                    .as("from UPKEEP_NPM_REGISTRY").isPresent();
        }
    }

    @Test
    void pipIndexUrlTurnsPypiToTheSimpleIndex() throws Exception {
        try (ReplayServer index = new ReplayServer()) {
            index.on("/simple/fastapi/", Reply.ok("{\"meta\":{\"api-version\":\"1.0\"},\"name\":\"fastapi\",\"files\":["
                    + "{\"filename\":\"fastapi-0.115.0.tar.gz\",\"url\":\"fastapi-0.115.0.tar.gz\",\"hashes\":{}}]}",
                    "Content-Type", "application/vnd.pypi.simple.v1+json"));
            ReleaseSources all = sources(ReleaseSources.Settings.defaults(), Map.of("PIP_INDEX_URL", index.base() + "/simple"));
            assertThat(all.byId("pypi").orElseThrow().releases(component(Ecosystem.PYPI, Kind.PACKAGE, "fastapi")).distTags())
                    .containsEntry("latest", "0.115.0");
        }
    }

    @Test
    void configurationWarningsNameNoSecret() throws Exception {
        Files.writeString(home.resolve(".npmrc"), "//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n");
        ReleaseSources all = sources(ReleaseSources.Settings.defaults(),
                Map.of("PIP_INDEX_URL", "https://ci:s3cret@pypi.corp.example/simple", "PIP_EXTRA_INDEX_URL", "::not a url s3cret@x"));
        assertThat(all.warnings()).anySatisfy(w -> assertThat(w).startsWith("npm: ").contains("${NPM_TOKEN}"));
        assertThat(all.warnings()).allSatisfy(w -> assertThat(w).doesNotContain("s3cret"));
    }

    @Test
    void aBadOverrideIsAClearError() {
        assertThatThrownBy(() -> ReleaseSources.Settings.fromEnv(Map.of("UPKEEP_MAVEN_REPOSITORY", "repo.example/maven2")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UPKEEP_MAVEN_REPOSITORY");
        assertThat(ReleaseSources.Settings.fromEnv(Map.of("UPKEEP_PYPI_URL", "https://pypi.corp.example")).pypi())
                .isEqualTo(URI.create("https://pypi.corp.example"));
    }
}
