package dev.upkeep.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {
    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource({
            "compose/*, compose/privileged, true",
            "compose/*, secrets/private-key, false",
            "*, compose/privileged, false",
            "**, compose/privileged, true",
            "GHSA-*, GHSA-abcd-efgh-ijkl, true",
            "**/.env, .env, true",
            "**/.env, backend/.env, true",
            "**/.env, backend/.env.example, false",
            "backend/**, backend/prisma/migrations/1/migration.sql, true",
            "*.yml, compose.yml, true",
            "*.yml, ops/compose.yml, false",
            "ci/unpinned-?ction, ci/unpinned-action, true",
            "a.b, axb, false",
    })
    void matches(String pattern, String text, boolean expected) {
        assertThat(Glob.of(pattern).matches(text)).as("Glob.of(%s).matches(%s)", pattern, text).isEqualTo(expected);
    }
}
