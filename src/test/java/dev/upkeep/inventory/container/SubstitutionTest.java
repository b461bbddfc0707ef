package dev.upkeep.inventory.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubstitutionTest {
    static final Map<String, String> VARS = new HashMap<>();

    static {
        VARS.put("TAG", "3.12");
        VARS.put("EMPTY", "");
        VARS.put("DECLARED", null);
    }

    @ParameterizedTest(name = "expand({0}) = {1}")
    @CsvSource(delimiter = '|', value = {
        "python:$TAG|python:3.12",
        "python:${TAG}-slim|python:3.12-slim",
        "python:${MISSING:-3.11}|python:3.11",
        "python:${EMPTY:-3.11}|python:3.11",
        "python:${EMPTY-3.11}|python:",
        "python:${DECLARED-3.11}|python:3.11",
        "x${TAG:+-$TAG}|x-3.12",
        "x${MISSING:+-$TAG}|x",
        "${MISSING:-${TAG}}|3.12",
        "$MISSING/img|/img",
        "\\$TAG|$TAG",
        "cost $ 5|cost $ 5",
        "${unclosed|${unclosed",
    })
    void expands(String text, String expected) {
        assertThat(Substitution.expand(text, VARS, '\\')).as("expand(%s)", text).isEqualTo(expected);
    }
}
