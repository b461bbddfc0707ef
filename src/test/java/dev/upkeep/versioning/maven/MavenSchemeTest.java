package dev.upkeep.versioning.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.upkeep.versioning.InvalidVersionException;
import dev.upkeep.versioning.UpdateType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MavenSchemeTest {
    private final MavenScheme scheme = new MavenScheme();

    @Test
    void ordersQualifiersTheMavenWay() {
        List<String> ascending = List.of("1-alpha-1", "1-alpha-2", "1-beta", "1-M1", "1-rc1", "1-SNAPSHOT", "1",
                "1-sp1", "1-jre", "1.0.1", "1.1", "1.10", "2");
        for (int i = 0; i + 1 < ascending.size(); i++) {
            String a = ascending.get(i);
            String b = ascending.get(i + 1);
            assertThat(scheme.compare(a, b)).as("compare(%s, %s)", a, b).isEqualTo(-1);
        }
    }

    @ParameterizedTest(name = "{0} equals {1}")
    @CsvSource({"1, 1.0.0", "1.0-final, 1", "1.0.RELEASE, 1", "1-ga, 1", "1.0-CR1, 1.0-rc1", "1a1, 1-alpha-1"})
    void equalVersions(String a, String b) {
        assertThat(scheme.parse(a)).as("%s equals %s", a, b).isEqualTo(scheme.parse(b))
                .hasSameHashCodeAs(scheme.parse(b));
    }

    @ParameterizedTest(name = "{0}: release {1}, pre-release {2}")
    @CsvSource({
        "3.2.1-SNAPSHOT, 3.2.1, true",
        "5.3.31.RELEASE, 5.3.31, false",
        "32.1.2-jre, 32.1.2, false",
        "2.0.0-M1, 2.0.0, true",
        "1.0b2, 1.0, true",
        "6.0.0.CR1, 6.0.0, true",
        "1.0-sp1, 1.0, false",
        "RELEASE, '', false",
    })
    void releaseAndPrerelease(String version, String release, boolean prerelease) {
        long[] expected = release.isEmpty() ? new long[0]
                : java.util.Arrays.stream(release.split("\\.")).mapToLong(Long::parseLong).toArray();
        assertThat(scheme.parse(version).release()).as("release(%s)", version).containsExactly(expected);
        assertThat(scheme.parse(version).isPrerelease()).as("isPrerelease(%s)", version).isEqualTo(prerelease);
    }

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource(delimiter = ';', value = {
        "[1.0,2.0); 1.5; true",
        "[1.0,2.0); 2.0; false",
        "[1.0,2.0); 2.0-SNAPSHOT; true",
        "[1.0,2.0); 1.0; true",
        "(,1.0]; 0.5; true",
        "(,1.0]; 1.0.1; false",
        "[1.0]; 1.0; true",
        "[1.0]; 1.0.1; false",
        "[1,2),[3,4); 3.5; true",
        "[1,2),[3,4); 2.5; false",
        "(1.0,); 1.0; false",
        "1.0; 5.0; true",
    })
    void ranges(String range, String version, boolean expected) {
        assertThat(scheme.satisfies(range, version)).as("satisfies(%s, %s)", range, version).isEqualTo(expected);
    }

    @Test
    void aSoftRequirementRecommendsItsVersion() {
        assertThat(scheme.parseRange("1.0").recommended()).isEqualTo("1.0");
        assertThat(scheme.parseRange("[1.0,2.0)").recommended()).isNull();
    }

    @ParameterizedTest(name = "parse({0}) fails")
    @ValueSource(strings = {"", "${project.version}", "1.0 beta", "[1.0]", "1,2"})
    void refusesWhatIsNotAVersion(String text) {
        assertThatThrownBy(() -> scheme.parse(text)).as("parse(%s)", text).isInstanceOf(InvalidVersionException.class)
                .hasMessageStartingWith("invalid maven '" + text + "'");
    }

    @Test
    void nullIsNoVersion() {
        assertThat(scheme.isValid(null)).as("isValid(null)").isFalse();
        assertThatThrownBy(() -> scheme.parseRange(null)).isInstanceOf(InvalidVersionException.class);
    }

    @ParameterizedTest(name = "parseRange({0}) fails")
    @ValueSource(strings = {"[1.0", "[2.0,1.0]", "(1.0)", " "})
    void refusesBadRanges(String text) {
        assertThatThrownBy(() -> scheme.parseRange(text)).as("parseRange(%s)", text)
                .isInstanceOf(InvalidVersionException.class).hasMessageStartingWith("invalid maven range '" + text + "'");
    }

    /** maven-artifact alone accepts these, reading a soft requirement for everything or a bound "2.0,3.0". */
    @ParameterizedTest(name = "parseRange({0}) refuses a bound that is not a version")
    @ValueSource(strings = {"1.0]", " [1.0,2.0)", "1.0 2.0", "[1.0,2.0,3.0]", "[1.0,${v})"})
    void refusesRangesWhoseBoundsAreNotVersions(String text) {
        assertThatThrownBy(() -> scheme.parseRange(text)).as("parseRange(%s)", text)
                .isInstanceOf(InvalidVersionException.class).hasMessageStartingWith("invalid maven range '" + text + "'");
    }

    @Test
    void unboundedAndSpacedRangesStayValid() {
        assertThat(scheme.satisfies("[,]", "0.1")).as("satisfies([,], 0.1)").isTrue();
        assertThat(scheme.satisfies("[ 1.0 , 2.0 ]", "2.0")).as("satisfies([ 1.0 , 2.0 ], 2.0)").isTrue();
        assertThat(scheme.satisfies("[ 1.0 , 2.0 ]", "2.0.1")).as("satisfies([ 1.0 , 2.0 ], 2.0.1)").isFalse();
    }

    @ParameterizedTest(name = "updateType({0}, {1}) = {2}")
    @CsvSource({
        "2.17.2, 3.0.0, MAJOR",
        "5.3.31, 5.4.0, MINOR",
        "5.3.31, 5.3.32, PATCH",
        "6.0.0-RC1, 6.0.0, PRERELEASE",
        "1.0, 1.0.0, NONE",
        "2.0, 1.9, NONE",
    })
    void updateType(String from, String to, UpdateType expected) {
        assertThat(scheme.updateType(scheme.parse(from), scheme.parse(to))).as("updateType(%s, %s)", from, to)
                .isEqualTo(expected);
    }

    @Test
    void cycle() {
        assertThat(scheme.cycle(scheme.parse("3.2.1-SNAPSHOT"), 2)).isEqualTo("3.2");
    }
}
