package dev.upkeep.knowledge.npm;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpmConfigTest {
    static final URI PUBLIC = NpmRegistrySource.DEFAULT_REGISTRY;

    @TempDir
    Path dir;

    @Test
    void registriesDefaultAndScoped() {
        NpmConfig c = NpmConfig.parse("""
                ; the company mirror
                registry = "https://npm.corp.example/api/npm/npm-remote"
                @Corp:registry=https://npm.pkg.github.com/
                """, Map.of());
        assertThat(c.registry()).contains(URI.create("https://npm.corp.example/api/npm/npm-remote/"));
        assertThat(c.registryFor("@corp/ui", PUBLIC)).isEqualTo(URI.create("https://npm.pkg.github.com/"));
        assertThat(c.registryFor("@other/ui", PUBLIC)).as("a scope .npmrc does not assign").isEqualTo(PUBLIC);
        assertThat(NpmConfig.empty().registryFor("react", PUBLIC)).isEqualTo(PUBLIC);
    }

    @Test
    void aTokenGoesToItsHostAndPathOnly() {
        NpmConfig c = NpmConfig.parse("//npm.corp.example/api/npm/:_authToken=${NPM_TOKEN}\n", Map.of("NPM_TOKEN", "t0ken"));
        assertThat(c.headersFor(URI.create("https://npm.corp.example/api/npm/npm-remote/react")))
                .as("a request below the credential's path").containsEntry("Authorization", "Bearer t0ken");
        assertThat(c.headersFor(URI.create("https://npm.corp.example/other/react"))).as("another path").isEmpty();
        assertThat(c.headersFor(URI.create("https://registry.npmjs.org/react"))).as("another host").isEmpty();
        assertThat(c.headersFor(URI.create("https://npm.corp.example.evil.com/api/npm/react"))).as("a look-alike host").isEmpty();
    }

    @Test
    void basicCredentialsFromAuthOrUsernameAndPassword() {
        String password = Base64.getEncoder().encodeToString("pa55".getBytes(StandardCharsets.UTF_8));
        NpmConfig c = NpmConfig.parse("""
                //a.example/:_auth=YWxpY2U6cGE1NQ==
                //b.example:8443/npm/:username=bob
                //b.example:8443/npm/:_password=%s
                //b.example:8443/npm/:always-auth=true
                """.formatted(password), Map.of());
        assertThat(c.headersFor(URI.create("https://a.example/pkg"))).containsEntry("Authorization", "Basic YWxpY2U6cGE1NQ==");
        String bob = Base64.getEncoder().encodeToString("bob:pa55".getBytes(StandardCharsets.UTF_8));
        assertThat(c.headersFor(URI.create("https://b.example:8443/npm/pkg"))).containsEntry("Authorization", "Basic " + bob);
        assertThat(c.headersFor(URI.create("https://b.example/npm/pkg"))).as("same host, default port").isEmpty();
    }

    @Test
    void aLegacyUnscopedTokenBelongsToTheDefaultRegistryOnly() {
        NpmConfig c = NpmConfig.parse("registry=https://npm.corp.example/\n_authToken=t0ken\n", Map.of());
        assertThat(c.headersFor(URI.create("https://npm.corp.example/react"))).containsEntry("Authorization", "Bearer t0ken");
        assertThat(c.headersFor(URI.create("https://registry.npmjs.org/react"))).isEmpty();
    }

    @Test
    void anUnsetVariableIsAWarningNamingItNotAToken() {
        NpmConfig c = NpmConfig.parse("//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n//x.example/:_authToken=${OPTIONAL?}\n", Map.of());
        assertThat(c.headersFor(URI.create("https://registry.npmjs.org/react"))).isEmpty();
        assertThat(c.headersFor(URI.create("https://x.example/react"))).as("${OPTIONAL?} unset is empty").isEmpty();
        assertThat(c.warnings()).singleElement().asString().contains("${NPM_TOKEN}").contains("not set");
    }

    @Test
    void theProjectFileWinsOverTheUserFileAndTheEnvironmentOverBoth() throws Exception {
        Path user = Files.writeString(dir.resolve("user.npmrc"), "registry=https://user.example/\n@corp:registry=https://corp.example/\n");
        Path project = Files.writeString(dir.resolve("project.npmrc"), "registry=https://project.example/\n");
        NpmConfig c = NpmConfig.load(project, user, Map.of());
        assertThat(c.registry()).contains(URI.create("https://project.example/"));
        assertThat(c.registryFor("@corp/x", PUBLIC)).isEqualTo(URI.create("https://corp.example/"));
        assertThat(NpmConfig.load(project, user, Map.of("npm_config_registry", "https://env.example")).registry())
                .contains(URI.create("https://env.example/"));
        assertThat(NpmConfig.load(dir.resolve("absent"), null, Map.of()).registry()).isEmpty();
    }

    @Test
    void userInfoInARegistryUrlBecomesItsCredentialAndLeavesTheUrl() {
        NpmConfig c = NpmConfig.parse("registry=https://alice:s3cret@npm.corp.example/npm/\n", Map.of());
        assertThat(c.registry()).contains(URI.create("https://npm.corp.example/npm/"));
        String basic = Base64.getEncoder().encodeToString("alice:s3cret".getBytes(StandardCharsets.UTF_8));
        assertThat(c.headersFor(URI.create("https://npm.corp.example/npm/react"))).containsEntry("Authorization", "Basic " + basic);
        assertThat(c.toString()).doesNotContain("s3cret").doesNotContain(basic);
    }

    @Test
    void toStringAndWarningsNeverHoldSecrets() {
        NpmConfig c = NpmConfig.parse("""
                //npm.corp.example/:_authToken=s3cret-token
                //bad.example/:username=bob
                //bad.example/:_password=not*base64
                """, Map.of());
        assertThat(c.toString()).contains("//npm.corp.example/").doesNotContain("s3cret");
        assertThat(c.warnings()).singleElement().asString().contains("//bad.example/").doesNotContain("not*base64");
    }
}
