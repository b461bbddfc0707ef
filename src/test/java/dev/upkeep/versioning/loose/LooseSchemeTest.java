package dev.upkeep.versioning.loose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.upkeep.versioning.InvalidVersionException;
import dev.upkeep.versioning.UpdateType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LooseSchemeTest {
    private final LooseScheme scheme = new LooseScheme();

    @Test
    void ordersProductAndPackageVersions() {
        List<String> ascending = List.of("1.0.dev1", "1.0a1", "1.0-alpha.2", "1.0-beta", "1.0-M2", "1.0-preview",
                "1.0-rc1", "1.0-rc.2", "1.0-SNAPSHOT", "1.0", "1.0.2", "1.0.2a", "1.0.2k", "1.0.2-1", "1.0.10",
                "1.1", "2.4.58-1+deb12u1", "2.4.58-1+deb12u2", "2.4.58-2", "2024.2", "1:0.9");
        for (int i = 0; i + 1 < ascending.size(); i++) {
            String a = ascending.get(i);
            String b = ascending.get(i + 1);
            assertThat(scheme.compare(a, b)).as("compare(%s, %s)", a, b).isEqualTo(-1);
            assertThat(scheme.compare(b, a)).as("compare(%s, %s)", b, a).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0} equals {1}")
    @CsvSource({"1.0, 1.0.0", "v2.1, 2.1", "1.0-RC1, 1.0.rc.1", "1.0-rc1, 1.0-cr1", "1.01, 1.1", "0:1.2, 1.2",
        "1.0-01, 1.0-1"})
    void equalVersions(String a, String b) {
        assertThat(scheme.parse(a)).as("%s equals %s", a, b).isEqualTo(scheme.parse(b))
                .hasSameHashCodeAs(scheme.parse(b));
    }

    @ParameterizedTest(name = "{0}: release {1}, pre-release {2}")
    @CsvSource({"3.12.4, 3.12.4, false", "1.1.1w, 1.1.1, false", "8.0.0-rc.1, 8.0.0, true", "2:1.5-3, 1.5, false",
        "15beta2, 15, true"})
    void releaseAndPrerelease(String version, String release, boolean prerelease) {
        long[] expected = java.util.Arrays.stream(release.split("\\.")).mapToLong(Long::parseLong).toArray();
        assertThat(scheme.parse(version).release()).as("release(%s)", version).containsExactly(expected);
        assertThat(scheme.parse(version).isPrerelease()).as("isPrerelease(%s)", version).isEqualTo(prerelease);
    }

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource(delimiter = ';', value = {
        ">=1.2, <2; 1.9.9; true",
        ">=1.2, <2; 2.0; false",
        ">=1.2,<2; 1.1; false",
        "=3.0; 3.0.0; true",
        "3.0; 3.0.1; false",
        "== 3.0; 3.0; true",
        "!=1.4.1; 1.4.1; false",
        ">1.0; 1.0-1; true",
        "<=1.0; 1.0-rc1; true",
        "*; 0.1; true",
    })
    void ranges(String range, String version, boolean expected) {
        assertThat(scheme.satisfies(range, version)).as("satisfies(%s, %s)", range, version).isEqualTo(expected);
    }

    @ParameterizedTest(name = "parse({0}) fails")
    @ValueSource(strings = {"", "latest", "v", "1.0 beta", "1.0/2", "x:1.0", "1:2:3", "1.99999999999999999999"})
    void refusesWhatIsNotAVersion(String text) {
        assertThatThrownBy(() -> scheme.parse(text)).as("parse(%s)", text).isInstanceOf(InvalidVersionException.class)
                .hasMessageStartingWith("invalid loose '" + text + "'");
    }

    @Test
    void refusesBadRanges() {
        assertThatThrownBy(() -> scheme.parseRange(">=1.2, <two")).isInstanceOf(InvalidVersionException.class)
                .hasMessageStartingWith("invalid loose range '>=1.2, <two': clause '<two'");
        assertThatThrownBy(() -> scheme.parseRange(" ")).hasMessageContaining("is empty");
        assertThatThrownBy(() -> scheme.parseRange(null)).isInstanceOf(InvalidVersionException.class);
        assertThat(scheme.isValid(null)).as("isValid(null)").isFalse();
    }

    @ParameterizedTest(name = "updateType({0}, {1}) = {2}")
    @CsvSource({"14.9, 15.2, MAJOR", "1:1.0, 2:0.5, MAJOR", "7.2.4, 7.4.0, MINOR", "1.1.1v, 1.1.1w, PRERELEASE",
        "2.4.58, 2.4.59, PATCH", "3.0, 3.0.0, NONE", "2.0, 1.0, NONE"})
    void updateType(String from, String to, UpdateType expected) {
        assertThat(scheme.updateType(scheme.parse(from), scheme.parse(to))).as("updateType(%s, %s)", from, to)
                .isEqualTo(expected);
    }

    @Test
    void cycle() {
        assertThat(scheme.cycle(scheme.parse("16.4-1.pgdg120+2"), 1)).isEqualTo("16");
    }
}
