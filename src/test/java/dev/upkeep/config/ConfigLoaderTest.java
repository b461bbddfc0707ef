package dev.upkeep.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.upkeep.domain.ErrorCategory;
import dev.upkeep.domain.Severity;
import dev.upkeep.domain.UpkeepException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @Test
    void parsesIgnoreAndLintAndKeepsOtherSectionsAsNodes() {
        UpkeepConfig config = ConfigLoader.parse("""
                risk:
                  high: [next, postgres]
                ignore:
                  - id: GHSA-xxxx-xxxx-xxxx
                    reason: not reachable from our code
                    until: 2027-01-31
                  - id: compose/*
                    path: "deploy/**"
                    reason: legacy stack, replaced in Q1
                    until: "2026-12-31"
                lint:
                  failOn: medium
                  disable: [ci/unpinned-github-action]
                """, "upkeep.yml");
        assertThat(config.ignores()).hasSize(2);
        IgnoreEntry first = config.ignores().get(0);
        assertThat(first.id().pattern()).isEqualTo("GHSA-xxxx-xxxx-xxxx");
        assertThat(first.path()).isEmpty();
        assertThat(first.until()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(first.line()).isEqualTo(4);
        assertThat(config.ignores().get(1).path().orElseThrow().pattern()).isEqualTo("deploy/**");
        assertThat(config.lint().failOn()).contains(FailOn.at(Severity.MEDIUM));
        assertThat(config.lint().disabled("ci/unpinned-github-action")).isTrue();
        assertThat(config.lint().disabled("ci/unpinned-action")).isFalse();
        assertThat(config.sections()).containsOnlyKeys("risk");
        assertThat(config.section("risk").orElseThrow().line()).isEqualTo(2);
    }

    @Test
    void unknownTopLevelKeyNamesFileLineAndKnownKeys() {
        assertThatThrownBy(() -> ConfigLoader.parse("policy: {}\nignores: []\n", "stack/upkeep.yml"))
                .isInstanceOf(UpkeepException.class)
                .hasMessageStartingWith("stack/upkeep.yml:2: ignores: unknown key")
                .hasMessageContaining("policy, risk, groups, windows, freeze, targets, ignore, lint")
                .satisfies(e -> assertThat(((UpkeepException) e).category()).isEqualTo(ErrorCategory.INPUT));
    }

    @Test
    void ignoreEntryNeedsReasonAndUntil() {
        assertThatThrownBy(() -> ConfigLoader.parse("ignore:\n  - id: compose/privileged\n    until: 2027-01-01\n", "upkeep.yml"))
                .hasMessage("upkeep.yml:2: ignore[0].reason: 'reason' is required");
        assertThatThrownBy(() -> ConfigLoader.parse("ignore:\n  - id: compose/privileged\n    reason: ok\n", "upkeep.yml"))
                .hasMessage("upkeep.yml:2: ignore[0].until: 'until' is required");
        assertThatThrownBy(() -> ConfigLoader.parse("ignore:\n  - id: x/y\n    reason: \"  \"\n    until: 2027-01-01\n", "upkeep.yml"))
                .hasMessageStartingWith("upkeep.yml:3: ignore[0].reason: expected a non-empty text");
    }

    @Test
    void malformedFieldsNameTheField() {
        assertThatThrownBy(() -> ConfigLoader.parse("ignore:\n  - id: x/y\n    reason: r\n    until: 2027-02-30\n", "upkeep.yml"))
                .hasMessage("upkeep.yml:4: ignore[0].until: '2027-02-30' is not a date (YYYY-MM-DD)");
        assertThatThrownBy(() -> ConfigLoader.parse("ignore:\n  - id: x/y\n    reason: r\n    until: 2027-01-01\n    owner: me\n", "upkeep.yml"))
                .hasMessageStartingWith("upkeep.yml:5: ignore[0].owner: unknown key (known: id, path, reason, until)");
        assertThatThrownBy(() -> ConfigLoader.parse("ignore: {id: x}\n", "upkeep.yml"))
                .hasMessage("upkeep.yml:1: ignore: expected a list, found a mapping");
        assertThatThrownBy(() -> ConfigLoader.parse("lint:\n  failOn: severe\n", "upkeep.yml"))
                .hasMessageStartingWith("upkeep.yml:2: lint.failOn: 'severe' is not a severity");
        assertThatThrownBy(() -> ConfigLoader.parse("- a\n- b\n", "upkeep.yml"))
                .hasMessageStartingWith("upkeep.yml:1: (top level): expected a mapping");
    }

    @Test
    void invalidYamlAndDuplicateKeysAreInputErrors() {
        assertThatThrownBy(() -> ConfigLoader.parse("lint: {}\nlint: {}\n", "upkeep.yml"))
                .isInstanceOf(UpkeepException.class)
                .hasMessageStartingWith("upkeep.yml:2: not valid YAML: duplicate key 'lint'");
        assertThatThrownBy(() -> ConfigLoader.parse("ignore: [\n", "upkeep.yml"))
                .hasMessageStartingWith("upkeep.yml:").hasMessageContaining("not valid YAML");
    }

    @Test
    void missingFileGivesDefaults(@TempDir Path root) {
        assertThat(ConfigLoader.load(root)).isEqualTo(UpkeepConfig.DEFAULTS);
    }

    @Test
    void loadsTheFileAtTheRoot(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("upkeep.yml"), "lint:\n  failOn: none\n");
        UpkeepConfig config = ConfigLoader.load(root);
        assertThat(config.lint().failOn()).contains(FailOn.NONE);
        assertThat(config.file()).contains(root.resolve("upkeep.yml").toString());
    }

    @Test
    void emptyFileIsAllDefaults() {
        UpkeepConfig config = ConfigLoader.parse("", "upkeep.yml");
        assertThat(config.ignores()).isEmpty();
        assertThat(config.lint()).isEqualTo(LintSettings.DEFAULTS);
    }
}
