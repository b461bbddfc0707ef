package dev.upkeep.versioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkeep.versioning.registry.VersionSchemes;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract of {@link VersionScheme}, checked for every registered scheme on the samples in
 * {@code src/test/resources/dev/upkeep/versioning/<scheme id>/contract.json}. A new scheme adds
 * that file (see npm's for the shape: {@code ascending} groups of equal versions, lowest first;
 * {@code invalidVersions}; {@code ranges}; {@code invalidRanges}; {@code updates} as
 * [from, to, type]; {@code cycles} as [version, depth, cycle]).
 */
class VersionSchemeContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<VersionScheme> schemes() {
        return VersionSchemes.all().stream();
    }

    /** The scheme's samples; a scheme without them fails the suite. */
    static JsonNode samples(VersionScheme scheme) {
        String name = scheme.id() + "/contract.json";
        try (InputStream in = VersionSchemeContractTest.class.getResourceAsStream(name)) {
            assertThat(in).as("contract samples for scheme '%s' (%s)", scheme.id(), name).isNotNull();
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void schemeIdsAreUniqueAndKnownByTheRegistry() {
        List<String> ids = VersionSchemes.all().stream().map(VersionScheme::id).toList();
        assertThat(ids).isNotEmpty().doesNotHaveDuplicates();
        ids.forEach(id -> assertThat(VersionSchemes.byId(id).id()).isEqualTo(id));
        assertThatThrownBy(() -> VersionSchemes.byId("no-such-scheme")).hasMessageContaining("no-such-scheme");
    }

    @ParameterizedTest
    @MethodSource("schemes")
    void invalidVersionsThrowNamingTheInput(VersionScheme scheme) {
        for (String input : strings(samples(scheme).get("invalidVersions"))) {
            assertThat(catchThrowable(() -> scheme.parse(input))).as("%s.parse(%s) throws", scheme.id(), input)
                    .isInstanceOf(InvalidVersionException.class).hasMessageContaining("'" + input + "'");
            assertThat(scheme.isValid(input)).as("%s.isValid(%s)", scheme.id(), input).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("schemes")
    void invalidRangesThrowNamingTheInput(VersionScheme scheme) {
        for (String input : strings(samples(scheme).get("invalidRanges"))) {
            assertThat(catchThrowable(() -> scheme.parseRange(input)))
                    .as("%s.parseRange(%s) throws", scheme.id(), input)
                    .isInstanceOf(InvalidVersionException.class).hasMessageContaining("'" + input + "'");
        }
    }

    @ParameterizedTest
    @MethodSource("schemes")
    void validVersionsParseAndKeepTheirText(VersionScheme scheme) {
        for (JsonNode group : samples(scheme).get("ascending")) {
            for (String v : strings(group)) {
                assertThat(scheme.isValid(v)).as("%s.isValid(%s)", scheme.id(), v).isTrue();
                assertThat(scheme.parse(v).text()).as("%s.parse(%s).text()", scheme.id(), v).isEqualTo(v);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("schemes")
    void compareFollowsTheSampleOrder(VersionScheme scheme) {
        List<String> versions = new ArrayList<>();
        List<Integer> rank = new ArrayList<>();
        JsonNode groups = samples(scheme).get("ascending");
        for (int g = 0; g < groups.size(); g++) {
            for (String v : strings(groups.get(g))) {
                versions.add(v);
                rank.add(g);
            }
        }
        for (int i = 0; i < versions.size(); i++) {
            for (int j = 0; j < versions.size(); j++) {
                String a = versions.get(i);
                String b = versions.get(j);
                int expected = Integer.signum(rank.get(i) - rank.get(j));
                assertThat(scheme.compare(a, b)).as("%s.compare(%s, %s)", scheme.id(), a, b).isEqualTo(expected);
                assertThat(Integer.signum(scheme.parse(a).compareTo(scheme.parse(b))))
                        .as("%s: parse(%s).compareTo(parse(%s))", scheme.id(), a, b).isEqualTo(expected);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("schemes")
    void compareIsAntisymmetricAndTransitive(VersionScheme scheme) {
        List<Version> vs = new ArrayList<>();
        samples(scheme).get("ascending").forEach(g -> strings(g).forEach(v -> vs.add(scheme.parse(v))));
        for (Version a : vs) {
            for (Version b : vs) {
                assertThat(Integer.signum(a.compareTo(b))).as("%s: %s vs %s", scheme.id(), a.text(), b.text())
                        .isEqualTo(-Integer.signum(b.compareTo(a)));
                for (Version c : vs) {
                    if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
                        assertThat(a.compareTo(c)).as("%s: %s <= %s <= %s", scheme.id(), a.text(), b.text(), c.text())
                                .isLessThanOrEqualTo(0);
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("schemes")
    void satisfiesIsRangeContainsVersion(VersionScheme scheme) {
        JsonNode s = samples(scheme);
        int inside = 0;
        for (String r : strings(s.get("ranges"))) {
            VersionRange range = scheme.parseRange(r);
            assertThat(range.text()).as("%s.parseRange(%s).text()", scheme.id(), r).isEqualTo(r);
            for (JsonNode group : s.get("ascending")) {
                for (String v : strings(group)) {
                    boolean contains = range.contains(scheme.parse(v));
                    assertThat(scheme.satisfies(r, v)).as("%s.satisfies(%s, %s)", scheme.id(), r, v).isEqualTo(contains);
                    inside += contains ? 1 : 0;
                }
            }
        }
        assertThat(inside).as("%s: some samples are inside some ranges", scheme.id()).isPositive();
    }

    @ParameterizedTest
    @MethodSource("schemes")
    void updateTypeIsNoneForEqualVersions(VersionScheme scheme) {
        for (JsonNode group : samples(scheme).get("ascending")) {
            for (String a : strings(group)) {
                for (String b : strings(group)) {
                    assertThat(scheme.updateType(scheme.parse(a), scheme.parse(b)))
                            .as("%s.updateType(%s, %s)", scheme.id(), a, b).isEqualTo(UpdateType.NONE);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("schemes")
    void updateTypesAndCyclesMatchTheSamples(VersionScheme scheme) {
        JsonNode s = samples(scheme);
        for (JsonNode u : s.get("updates")) {
            assertThat(scheme.updateType(scheme.parse(u.get(0).asText()), scheme.parse(u.get(1).asText())).id())
                    .as("%s.updateType(%s, %s)", scheme.id(), u.get(0), u.get(1)).isEqualTo(u.get(2).asText());
        }
        for (JsonNode c : s.get("cycles")) {
            assertThat(scheme.cycle(scheme.parse(c.get(0).asText()), c.get(1).asInt()))
                    .as("%s.cycle(%s, %s)", scheme.id(), c.get(0), c.get(1)).isEqualTo(c.get(2).asText());
        }
    }

    @ParameterizedTest
    @MethodSource("schemes")
    void defaultOptionsGiveAnEquivalentScheme(VersionScheme scheme) {
        VersionScheme same = scheme.withOptions(SchemeOptions.DEFAULT);
        assertThat(same.id()).isEqualTo(scheme.id());
        for (JsonNode group : samples(scheme).get("ascending")) {
            for (String v : strings(group)) {
                assertThat(same.parse(v).compareTo(scheme.parse(v))).as("%s: %s", scheme.id(), v).isZero();
            }
        }
    }
}
