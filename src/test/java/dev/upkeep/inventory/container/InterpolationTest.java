package dev.upkeep.inventory.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InterpolationTest {
    private static final Map<String, String> VARS = new HashMap<>(Map.of("TAG", "16", "EMPTY", ""));

    @ParameterizedTest(name = "substitute({0})")
    @CsvSource(delimiter = '|', value = {
        "postgres:$TAG              | postgres:16",
        "postgres:${TAG}-alpine     | postgres:16-alpine",
        "postgres:${NOPE:-15}       | postgres:15",
        "postgres:${EMPTY:-15}      | postgres:15",
        "postgres:${EMPTY-15}       | postgres:",
        "postgres:${NOPE-${TAG}}    | postgres:16",
        "x${TAG:+-set}              | x-set",
        "x${NOPE:+-set}             | x",
        "postgres:${NOPE}           | postgres:${NOPE}",
        "postgres:$NOPE             | postgres:$NOPE",
        "postgres:${NOPE:?required} | postgres:${NOPE:?required}",
        "postgres:${TAG:?required}  | postgres:16",
        "cost$$5                    | cost$5",
    })
    void substitutesWhatItKnowsAndKeepsTheRest(String text, String expected) {
        assertThat(Interpolation.substitute(text, VARS::get, true)).as("substitute(%s)", text).isEqualTo(expected);
    }

    @ParameterizedTest(name = "hasVariable({0})")
    @CsvSource({"node:${V},true", "node:$V,true", "node:20,false", "cost$,false", "a$1,false"})
    void findsVariables(String text, boolean expected) {
        assertThat(Interpolation.hasVariable(text)).as("hasVariable(%s)", text).isEqualTo(expected);
    }
}
