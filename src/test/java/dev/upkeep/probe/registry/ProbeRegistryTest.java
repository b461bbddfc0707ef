package dev.upkeep.probe.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.probe.ProbeFamily;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ProbeRegistryTest {
    @Test
    void everyFamilyFolderIsRegisteredOnceWithItsOwnIdAndKey() throws IOException {
        List<ProbeFamily> all = ProbeRegistry.all();
        assertThat(all).extracting(ProbeFamily::id).doesNotHaveDuplicates();
        assertThat(all).extracting(ProbeFamily::configKey).doesNotHaveDuplicates();
        assertThat(all).allSatisfy(f -> assertThat(f.description()).as(f.id()).isNotBlank());
        List<String> folders;
        try (Stream<Path> s = Files.list(Path.of("src/main/java/dev/upkeep/probe"))) {
            folders = s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).filter(n -> !n.equals("registry")).sorted().toList();
        }
        List<String> packages = all.stream().map(f -> f.getClass().getPackageName().replace("dev.upkeep.probe.", "")).sorted().toList();
        assertThat(packages).as("registered family packages").isEqualTo(folders);
    }

    @Test
    void familiesAreDocumented() throws IOException {
        String doc = Files.readString(Path.of("docs/check.md"));
        for (ProbeFamily f : ProbeRegistry.all()) {
            assertThat(doc).as("docs/check.md mentions targets." + f.configKey()).contains("`" + f.configKey() + "`");
        }
    }
}
