package dev.upkeep.inventory.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.inventory.Extractor;
import dev.upkeep.inventory.registry.ExtractorRegistry;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every Python format is registered once, described, and has fixtures beside its tests. */
class PythonExtractorsRegisteredTest {
    @ParameterizedTest
    @CsvSource({"python/pyproject,pyproject", "python/requirements,requirements", "python/uv-lock,uvlock",
            "python/poetry-lock,poetrylock", "python/pipfile-lock,pipfilelock", "python/pdm-lock,pdmlock", "python/pylock,pylock"})
    void isRegisteredDescribedAndTested(String id, String format) {
        Map<String, Extractor> byId = new java.util.HashMap<>();
        for (Extractor e : ExtractorRegistry.all()) {
            assertThat(byId.put(e.id(), e)).as("extractor id %s registered twice", e.id()).isNull();
        }
        Extractor x = byId.get(id);
        assertThat(x).as("registered extractor %s", id).isNotNull();
        assertThat(x.getClass().getPackageName()).isEqualTo("dev.upkeep.inventory.python." + format);
        assertThat(x.description()).as("description of %s", id).isNotBlank().doesNotContain("\n");
        assertThat(getClass().getResource("/dev/upkeep/inventory/python/" + format + "/")).as("fixtures of %s", id).isNotNull();
    }
}
