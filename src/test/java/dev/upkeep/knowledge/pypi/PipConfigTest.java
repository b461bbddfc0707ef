package dev.upkeep.knowledge.pypi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipConfigTest {
    @TempDir
    Path home;

    static List<String> urls(List<PipConfig.Index> indexes) {
        return indexes.stream().map(i -> i.url.toString()).toList();
    }

    @Test
    void pipsDefaultIndexMeansTheJsonApi() {
        assertThat(PipConfig.of("https://pypi.org/simple", List.of()).primary()).isNull();
        assertThat(PipConfig.of(null, List.of("https://pypi.org/simple/")).extras()).isEmpty();
        assertThat(PipConfig.none().primary()).isNull();
    }

    @Test
    void theEnvironmentWinsOverPipConf() throws Exception {
        Files.createDirectories(home.resolve(".config/pip"));
        Files.writeString(home.resolve(".config/pip/pip.conf"), """
                [global]
                index-url = https://file.example/simple
                extra-index-url =
                    https://extra-one.example/simple
                    https://extra-two.example/simple
                """);
        PipConfig fromFile = PipConfig.load(Map.of(), home);
        assertThat(fromFile.primary().url).isEqualTo(URI.create("https://file.example/simple/"));
        assertThat(urls(fromFile.extras())).containsExactly("https://extra-one.example/simple/", "https://extra-two.example/simple/");
        PipConfig fromEnv = PipConfig.load(Map.of("PIP_INDEX_URL", "https://env.example/simple/",
                "PIP_EXTRA_INDEX_URL", "https://e1.example/simple https://e2.example/simple"), home);
        assertThat(fromEnv.primary().url).isEqualTo(URI.create("https://env.example/simple/"));
        assertThat(urls(fromEnv.extras())).containsExactly("https://e1.example/simple/", "https://e2.example/simple/");
    }

    @Test
    void installSectionWinsOverGlobalAndPipConfigFileIsRead() throws Exception {
        Path conf = Files.writeString(home.resolve("custom.conf"), """
                # the team's pip configuration
                [global]
                index_url = https://global.example/simple
                timeout = 60
                [install]
                index-url = https://install.example/simple
                """);
        assertThat(PipConfig.load(Map.of("PIP_CONFIG_FILE", conf.toString()), home).primary().url)
                .isEqualTo(URI.create("https://install.example/simple/"));
        Files.createDirectories(home.resolve(".pip"));
        Files.writeString(home.resolve(".pip/pip.conf"), "[global]\nindex-url = https://legacy.example/simple\n");
        assertThat(PipConfig.load(Map.of(), home).primary().url).as("~/.pip/pip.conf").isEqualTo(URI.create("https://legacy.example/simple/"));
    }

    @Test
    void credentialsLeaveTheUrlAndAreNeverShown() {
        PipConfig c = PipConfig.of("https://ci%40corp:p%40ss@pypi.corp.example/simple", List.of("not a url ://x@y"));
        assertThat(c.primary().url).isEqualTo(URI.create("https://pypi.corp.example/simple/"));
        assertThat(c.primary().authorization).isEqualTo("Basic " + java.util.Base64.getEncoder()
                .encodeToString("ci@corp:p@ss".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(c.toString()).doesNotContain("p%40ss").doesNotContain("ci%40corp").doesNotContain("Basic");
        assertThat(c.warnings()).singleElement().asString().contains("value hidden").doesNotContain("x@y");
    }
}
