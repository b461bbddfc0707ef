package dev.upkeep.inventory.npm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.inventory.Extractor;
import dev.upkeep.inventory.registry.ExtractorRegistry;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NpmExtractorsRegisteredTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "npm/package-json, packagejson, package.json",
        "npm/package-lock, packagelock, package-lock.json",
        "npm/pnpm-lock, pnpm, pnpm-lock.yaml",
        "npm/yarn-lock, yarn, yarn.lock",
        "npm/bun-lock, bun, bun.lock"})
    void isRegisteredDescribedAndHasFixtures(String id, String format, String file) {
        Map<String, Extractor> byId = new java.util.HashMap<>();
        ExtractorRegistry.all().forEach(x -> byId.put(x.id(), x));
        Extractor x = byId.get(id);
        assertThat(x).as("ExtractorRegistry.all() has %s", id).isNotNull();
        assertThat(x.description()).as("%s.description()", id).isNotBlank();
        assertThat(x.getClass().getPackageName()).as("%s's package", id).isEqualTo("dev.upkeep.inventory.npm." + format);
        assertThat(x.wants("apps/web/" + file)).as("%s.wants(apps/web/%s)", id, file).isTrue();
        assertThat(getClass().getResource("/dev/upkeep/inventory/npm/" + format)).as("fixtures of %s", id).isNotNull();
    }
}
