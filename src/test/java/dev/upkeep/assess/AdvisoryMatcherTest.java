package dev.upkeep.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Kind;
import dev.upkeep.domain.Severity;
import dev.upkeep.knowledge.Advisory;
import dev.upkeep.knowledge.Advisory.Event;
import dev.upkeep.knowledge.Advisory.Range;
import dev.upkeep.versioning.registry.VersionSchemes;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdvisoryMatcherTest {
    final AdvisoryMatcher matcher = new AdvisoryMatcher(VersionSchemes::byId);

    static Component npm(String name, String version) {
        return Component.builder(Ecosystem.NPM, Kind.PACKAGE, name).version(version).purl("pkg:npm/" + name + "@" + version)
                .location("package-lock.json", 1).build();
    }

    static Component pypi(String name, String version) {
        return Component.builder(Ecosystem.PYPI, Kind.PACKAGE, name).version(version).purl("pkg:pypi/" + name + "@" + version)
                .location("requirements.txt", 1).build();
    }

    static Advisory advisory(String id, String ecosystem, String name, Range... ranges) {
        return new Advisory(id, List.of(), "test", Severity.HIGH, "label", null, null,
                List.of(new Advisory.Affected(ecosystem, name, List.of(ranges), List.of())), null, null, List.of("test"));
    }

    static Range osv(String type, String... kindVersion) {
        List<Event> events = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < kindVersion.length; i += 2) {
            events.add(new Event(kindVersion[i], kindVersion[i + 1]));
        }
        return new Range(type, events);
    }

    List<String> ids(Component c, Advisory... as) {
        return matcher.match(c, List.of(as)).stream().map(m -> m.advisory().id()).toList();
    }

    @Test
    void nativeNpmRangesAreReadTheWayNpmAuditReadsThem() {
        Advisory a = advisory("GHSA-wf5p-g6vw-rhxx", "npm", "axios", Range.nativeRange(">=0.8.1 <0.28.0", List.of("0.28.0")));
        assertThat(ids(npm("axios", "0.27.2"), a)).as("match(axios 0.27.2, '>=0.8.1 <0.28.0')").containsExactly("GHSA-wf5p-g6vw-rhxx");
        assertThat(ids(npm("axios", "0.28.0"), a)).as("match(axios 0.28.0)").isEmpty();
        assertThat(ids(npm("axios", "0.28.0-beta.1"), a)).as("pre-releases count, as with npm audit's includePrerelease")
                .containsExactly("GHSA-wf5p-g6vw-rhxx");
        assertThat(matcher.match(npm("axios", "0.21.0"), List.of(a)).get(0).fixedIn()).isEqualTo("0.28.0");
    }

    @Test
    void anUnreadableNativeRangeMatchesNothingAndLooseOnesAreReadLikeNode() {
        assertThat(ids(npm("axios", "1.0.0"), advisory("GHSA-x", "npm", "axios", Range.nativeRange("not a range", List.of()))))
                .as("match(axios 1.0.0, 'not a range')").isEmpty();
        // node-semver in loose mode drops the comparator it cannot read: '>=1.0.0 <<2' is '>=1.0.0'
        assertThat(ids(npm("axios", "1.0.0"), advisory("GHSA-y", "npm", "axios", Range.nativeRange(">=1.0.0 <<2", List.of()))))
                .as("match(axios 1.0.0, '>=1.0.0 <<2')").containsExactly("GHSA-y");
    }

    @Test
    void limitsBoundTheWholeRangeAsTheSchemaSays() {
        // introduced 1.0.0, limit 2.0.0, introduced 3.0.0: the schema's BeforeLimits keeps 3.x out
        Range r = osv("SEMVER", "introduced", "1.0.0", "limit", "2.0.0", "introduced", "3.0.0");
        Advisory a = advisory("GHSA-limit", "npm", "lib", r);
        assertThat(ids(npm("lib", "1.5.0"), a)).as("1.5.0 below the limit").containsExactly("GHSA-limit");
        assertThat(ids(npm("lib", "3.1.0"), a)).as("3.1.0 at or above every limit").isEmpty();
        Advisory star = advisory("GHSA-star", "npm", "lib", osv("SEMVER", "introduced", "1.0.0", "limit", "*"));
        assertThat(ids(npm("lib", "9.0.0"), star)).as("limit * is infinity").containsExactly("GHSA-star");
    }

    @Test
    void lastAffectedIncludesItsVersionAndFixedExcludesIt() {
        Advisory last = advisory("PYSEC-last", "PyPI", "Jinja2", osv("ECOSYSTEM", "introduced", "0", "last_affected", "3.1.2"));
        Advisory fixed = advisory("PYSEC-fixed", "PyPI", "jinja2", osv("ECOSYSTEM", "introduced", "0", "fixed", "3.1.2"));
        assertThat(ids(pypi("jinja2", "3.1.2"), last, fixed)).containsExactly("PYSEC-last");
    }

    @Test
    void aSemverRangeOnAPythonPackageNeitherThrowsNorMixesSchemes() {
        Advisory a = advisory("GHSA-mixed", "PyPI", "requests", osv("SEMVER", "introduced", "2.3.0", "fixed", "2.31.0"),
                osv("ECOSYSTEM", "introduced", "2.3.0", "fixed", "2.31.0"));
        List<MatchedAdvisory> m = matcher.match(pypi("requests", "2.30.0"), List.of(a));
        assertThat(m).singleElement().satisfies(x -> assertThat(x.fixedIn()).isEqualTo("2.31.0"));
    }
}
