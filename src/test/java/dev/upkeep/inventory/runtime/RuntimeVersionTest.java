package dev.upkeep.inventory.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.domain.SkipReason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuntimeVersionTest {
    @ParameterizedTest(name = "read({0}, {1})")
    @CsvSource(nullValues = "-", value = {
        "node,   20,                   20,       -,        -",
        "node,   v20.11.1,             20.11.1,  -,        -",
        "node,   20.x,                 20,       -,        -",
        "node,   lts/iron,             20,       -,        lts/iron",
        "node,   lts/Jod,              22,       -,        lts/Jod",
        "node,   lts/*,                -,        UNPINNED, -",
        "node,   lts/unknownname,      -,        UNPINNED, -",
        "node,   node,                 -,        UNPINNED, -",
        "node,   latest,               -,        UNPINNED, -",
        "node,   '>=18',               -,        UNPINNED, -",
        "node,   ^20.1,                -,        UNPINNED, -",
        "node,   ${{ matrix.node }},   -,        VARIABLE, -",
        "python, 3.12,                 3.12,     -,        -",
        "python, 3.x,                  3,        -,        -",
        "python, 3.13.0rc1,            3.13.0rc1, -,       -",
        "python, 3.13-dev,             3.13-dev, -,        -",
        "python, 3.13t,                3.13t,    -,        -",
        "python, system,               -,        UNPINNED, -",
        "python, pypy3.10-7.3.12,      -,        UNPINNED, -",
        "python, iron,                 -,        UNPINNED, -",
    })
    void readsTheVersionADeclarationNames(String runtime, String declared, String version, SkipReason skip, String alias) {
        assertThat(RuntimeVersion.read(runtime, declared)).as("read(%s, %s)", runtime, declared)
                .isEqualTo(new RuntimeVersion(version, skip, alias));
    }
}
