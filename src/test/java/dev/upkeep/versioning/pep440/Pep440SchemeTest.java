package dev.upkeep.versioning.pep440;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.upkeep.versioning.InvalidVersionException;
import dev.upkeep.versioning.UpdateType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scheme around the packaging semantics: update types, cycles, errors and set algebra. */
class Pep440SchemeTest {
    private final Pep440Scheme scheme = new Pep440Scheme();

    @ParameterizedTest(name = "updateType({0}, {1}) = {2}")
    @CsvSource({
        "4.2.16, 5.1, MAJOR",
        "1!0.1, 1!0.2, MINOR",
        "0.9, 1!0.1, MAJOR",
        "3.12, 3.13.0, MINOR",
        "3.12.4, 3.12.5, PATCH",
        "1.2.3.4, 1.2.3.5, PATCH",
        "5.1rc1, 5.1, PRERELEASE",
        "5.1, 5.1.post1, PRERELEASE",
        "5.1.dev1, 5.1a1, PRERELEASE",
        "5.1, 5.1+ubuntu1, PRERELEASE",
        "5.1, 5.1.0, NONE",
        "5.1, 5.0, NONE",
    })
    void updateType(String from, String to, UpdateType expected) {
        assertThat(scheme.updateType(scheme.parse(from), scheme.parse(to)))
                .as("updateType(%s, %s)", from, to).isEqualTo(expected);
    }

    @ParameterizedTest(name = "cycle({0}, {1}) = {2}")
    @CsvSource({"3.12.4, 2, 3.12", "3.12.4rc1, 2, 3.12", "20.11.1, 1, 20", "1!2.0, 1, 2"})
    void cycle(String version, int depth, String expected) {
        assertThat(scheme.cycle(scheme.parse(version), depth)).as("cycle(%s, %d)", version, depth).isEqualTo(expected);
    }

    @Test
    void errorsNameTheInputAndTheReason() {
        assertThatThrownBy(() -> scheme.parse("1.0+a+b")).isInstanceOf(InvalidVersionException.class)
                .hasMessage("invalid pep440 '1.0+a+b': unexpected '+' at position 5");
        assertThatThrownBy(() -> scheme.parse("1.99999999999999999999")).isInstanceOf(InvalidVersionException.class)
                .hasMessageContaining("too large");
        assertThatThrownBy(() -> scheme.parseRange(">=1.0,<=x")).isInstanceOf(InvalidVersionException.class)
                .hasMessageStartingWith("invalid pep440 specifier set '>=1.0,<=x': ")
                .hasMessageContaining("'<=x'");
        assertThatThrownBy(() -> scheme.parseRange("~=1")).hasMessageContaining("at least two release numbers");
        assertThatThrownBy(() -> scheme.parseRange(null)).isInstanceOf(InvalidVersionException.class);
        assertThat(scheme.isValid(null)).as("isValid(null)").isFalse();
        assertThatThrownBy(() -> scheme.parseRange("<1.0+local")).hasMessageContaining("does not allow a local version");
    }

    @Test
    void satisfiesUsesTheDefaultPrereleaseRule() {
        assertThat(scheme.satisfies(">=4.2,<5", "4.2.16")).as("satisfies(>=4.2,<5, 4.2.16)").isTrue();
        assertThat(scheme.satisfies(">=4.2,<5", "5.0a1")).as("satisfies(>=4.2,<5, 5.0a1)").isFalse();
        assertThat(scheme.satisfies(">=4.2", "5.0a1")).as("satisfies(>=4.2, 5.0a1)").isTrue();
        assertThat(SpecifierSet.parse(">=4.2", false).contains(scheme.parse("5.0a1")))
                .as("contains(5.0a1) with prereleases=False").isFalse();
        assertThat(scheme.satisfies("===5.1.0", "5.1.0")).as("=== matches the text as written").isTrue();
        assertThat(scheme.satisfies("===5.1.0", "5.1")).as("=== 5.1.0 against 5.1").isFalse();
    }

    @Test
    void setAlgebra() {
        SpecifierSet django = SpecifierSet.parse(">=4.2,<5");
        assertThat(django.isSubset(SpecifierSet.parse(">=4"))).as(">=4.2,<5 within >=4").isTrue();
        assertThat(django.isSuperset(SpecifierSet.parse("==4.3.*"))).as(">=4.2,<5 around ==4.3.*").isTrue();
        assertThat(django.isSuperset(SpecifierSet.parse("==4.2.*"))).as("==4.2.* holds 4.2.dev0, below 4.2").isFalse();
        assertThat(django.isDisjoint(SpecifierSet.parse(">=4.9"))).as(">=4.2,<5 apart from >=4.9").isFalse();
        assertThat(django.isDisjoint(SpecifierSet.parse(">=5.0a1"))).as("<5 excludes 5.0's pre-releases").isTrue();
        assertThat(django.isDisjoint(SpecifierSet.parse(">=5"))).as(">=4.2,<5 apart from >=5").isTrue();
        assertThat(django.and(SpecifierSet.parse("!=4.2.3")).toString()).isEqualTo("!=4.2.3,<5,>=4.2");
        assertThatThrownBy(() -> django.isSubset(SpecifierSet.parse("===4.2")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("===");
        assertThatThrownBy(() -> SpecifierSet.parse(">1", true).and(SpecifierSet.parse("<2", false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'>1' and '<2'");
    }

    @Test
    void versionsAreEqualWhenPackagingSaysSo() {
        assertThat(scheme.parse("1.0.0")).isEqualTo(scheme.parse("1")).hasSameHashCodeAs(scheme.parse("1"));
        assertThat(scheme.parse("5.1+Ubuntu.01")).isEqualTo(scheme.parse("5.1+ubuntu-1"));
        assertThat(scheme.parse("1.0a1")).isNotEqualTo(scheme.parse("1.0a1.post0"));
        assertThat(scheme.parse(" v1.0RC2 ").text()).isEqualTo(" v1.0RC2 ");
        assertThat(scheme.parse(" v1.0RC2 ")).hasToString("1.0rc2");
    }
}
