package dev.upkeep.versioning.npm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.upkeep.versioning.InvalidVersionException;
import dev.upkeep.versioning.SchemeOptions;
import dev.upkeep.versioning.UpdateType;
import dev.upkeep.versioning.VersionScheme;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * npm semver behaviours worth reading as examples; the exhaustive tables are
 * {@link NpmSemverCasesTest} (node-semver's answers) and the conformance replay.
 */
class NpmSemverTest {
    private final NpmSemver npm = NpmSemver.DEFAULT;
    private final NpmSemver loose = NpmSemver.with(new NpmSemver.Options(true, false));
    private final NpmSemver withPre = NpmSemver.with(new NpmSemver.Options(false, true));

    @ParameterizedTest(name = "validRange({0}) = {1}")
    @CsvSource(delimiter = ';', value = {
        "^1.2.3            ; >=1.2.3 <2.0.0-0",
        "^0.0.3            ; >=0.0.3 <0.0.4-0",
        "^0.x              ; <1.0.0-0",
        "~1.2              ; >=1.2.0 <1.3.0-0",
        "~> 1.2.3          ; >=1.2.3 <1.3.0-0",
        "1.2.3 - 2.3       ; >=1.2.3 <2.4.0-0",
        "> 1.2.3 || <0.0.0-0 ; >1.2.3",
        "x                 ; *",
        ">=0.0.0           ; *",
        "<x                ; <0.0.0-0",
    })
    void desugarsRangesAsNodeDoes(String range, String canonical) {
        assertThat(npm.validRange(range)).as("validRange(%s)", range).contains(canonical);
    }

    @Test
    void excludesPrereleasesOfOtherTuplesUnlessAsked() {
        assertThat(npm.satisfies("1.2.4-beta", "^1.2.3")).isFalse();
        assertThat(npm.satisfies("1.2.3-beta.2", "^1.2.3-beta.1")).isTrue();
        assertThat(withPre.satisfies("1.2.4-beta", "^1.2.3")).isTrue();
    }

    @Test
    void looseModeReadsWhatNpmsRegistryHolds() {
        assertThat(loose.valid("=v1.2.3beta")).contains("1.2.3-beta");
        assertThat(loose.valid("01.02.03")).contains("1.2.3");
        assertThat(npm.valid("=v1.2.3beta")).isEmpty();
        assertThat(loose.validRange(">=1.2.3 garbage")).contains(">=1.2.3");
        assertThat(npm.validRange(">=1.2.3 garbage")).isEmpty();
    }

    @Test
    void parseErrorsNameTheInputAndWhy() {
        assertThatThrownBy(() -> npm.parse("1.2")).isInstanceOf(InvalidVersionException.class)
                .hasMessage("invalid npm '1.2': is not a version (MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD])");
        assertThatThrownBy(() -> npm.parse("9007199254740992.0.0"))
                .hasMessageContaining("major version is larger than 9007199254740991");
        assertThatThrownBy(() -> npm.range("^1.2.3 || ?"))
                .hasMessage("invalid npm '^1.2.3 || ?': is not a range: '?' is not a comparator (OPERATOR VERSION)");
        assertThat(npm.satisfies("1.2.3", "?")).as("satisfies with an invalid range").isFalse();
    }

    @Test
    void ordersBuildsOnlyWhenAsked() {
        assertThat(npm.compare("1.2.3+b", "1.2.3+a")).isZero();
        assertThat(npm.compareBuild("1.2.3+b", "1.2.3+a")).isEqualTo(1);
        assertThat(npm.sort(List.of("1.10.0", "1.2.3+b", "1.2.3-rc.1", "1.2.3")))
                .containsExactly("1.2.3-rc.1", "1.2.3", "1.2.3+b", "1.10.0");
    }

    @Test
    void answersRangeQuestions() {
        assertThat(npm.maxSatisfying(List.of("1.2.3", "1.4.0", "2.0.0"), "^1.2.0")).contains("1.4.0");
        assertThat(npm.minVersion(">1.2.3-rc.1 <2").map(SemVer::version)).contains("1.2.3-rc.1.0");
        assertThat(npm.intersects("^1.2.3", ">=1.9.0 <3")).isTrue();
        assertThat(npm.subset("~1.2.3", "^1.0.0")).isTrue();
        assertThat(npm.gtr("2.0.0", "^1.2.3")).isTrue();
        assertThat(npm.ltr("1.2.2", "^1.2.3")).isTrue();
        assertThat(npm.coerce("release v2.3 (final)", false).map(SemVer::version)).contains("2.3.0");
        assertThat(npm.inc("1.2.3", "prerelease", "beta", null)).contains("1.2.4-beta.0");
        assertThat(NpmSemver.diff("1.2.3", "1.3.0-rc.1")).contains("preminor");
    }

    @Test
    void schemeReportsUpdateTypesFromDiff() {
        VersionScheme scheme = new NpmScheme();
        assertThat(scheme.updateType(scheme.parse("1.2.3"), scheme.parse("1.3.0-rc.1"))).isEqualTo(UpdateType.MINOR);
        assertThat(scheme.updateType(scheme.parse("1.3.0-rc.1"), scheme.parse("1.3.0-rc.2"))).isEqualTo(UpdateType.PRERELEASE);
        assertThat(scheme.updateType(scheme.parse("1.3.0"), scheme.parse("1.2.9"))).isEqualTo(UpdateType.NONE);
    }

    @Test
    void schemeOptionsReachTheParser() {
        VersionScheme scheme = new NpmScheme().withOptions(new SchemeOptions(true, true));
        assertThat(scheme.isValid("v=1.2.3")).isTrue();
        assertThat(scheme.satisfies("^1.2.3", "1.3.0-beta")).isTrue();
        assertThat(new NpmScheme().isValid("v=1.2.3")).isFalse();
    }
}
