package dev.upkeep.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Kind;
import dev.upkeep.domain.Severity;
import dev.upkeep.knowledge.Advisory;
import dev.upkeep.knowledge.AdvisorySource;
import dev.upkeep.knowledge.LifecycleCycle;
import dev.upkeep.knowledge.LifecycleSource;
import dev.upkeep.knowledge.Product;
import dev.upkeep.knowledge.Release;
import dev.upkeep.knowledge.ReleaseHistory;
import dev.upkeep.knowledge.ReleaseSource;
import dev.upkeep.knowledge.SourceUnavailableException;
import dev.upkeep.versioning.UpdateType;
import dev.upkeep.versioning.registry.VersionSchemes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DriftEngineTest {
    static final LocalDate TODAY = LocalDate.parse("2026-11-21");

    static Component npm(String name, String version, String range) {
        return Component.builder(Ecosystem.NPM, Kind.PACKAGE, name).version(version).constraint(range)
                .purl("pkg:npm/" + name + "@" + version).location("package-lock.json", 3).build();
    }

    static Release at(String v, String when) {
        return Release.of(v, Instant.parse(when + "T00:00:00Z"));
    }

    /** A registry that knows next and axios, and is down for everything else. */
    static final ReleaseSource NPM = new ReleaseSource() {
        public String id() {
            return "npm";
        }

        public boolean supports(Component c) {
            return c.ecosystem() == Ecosystem.NPM;
        }

        public ReleaseHistory releases(Component c) {
            return switch (c.name()) {
                case "next" -> new ReleaseHistory(Ecosystem.NPM, "next", List.of(at("14.1.0", "2024-01-18"), at("14.2.3", "2024-04-24"),
                        at("15.0.0-rc.1", "2024-10-15"), at("15.1.0", "2024-12-10"), at("16.0.1", "2025-10-28")),
                        Map.of("latest", "16.0.1", "canary", "15.0.0-rc.1"), null, "npm", Instant.EPOCH, null);
                case "axios" -> new ReleaseHistory(Ecosystem.NPM, "axios", List.of(at("1.6.2", "2023-11-14"), at("1.6.3", "2023-12-26"),
                        at("1.7.4", "2024-08-13")), Map.of("latest", "1.7.4"), null, "npm", Instant.EPOCH, null);
                default -> throw new SourceUnavailableException("registry.example failed (HTTP 503) and nothing is cached");
            };
        }
    };

    static final LifecycleSource LIFE = new LifecycleSource() {
        final Product next = new Product("nextjs", "Next.js", List.of(), List.of("pkg:npm/next"), List.of(
                new LifecycleCycle("nextjs", "16", null, LocalDate.parse("2025-10-21"), null, null, null, true, null, "16.0.1", null),
                new LifecycleCycle("nextjs", "14", null, LocalDate.parse("2023-10-26"), LocalDate.parse("2025-10-26"), false, null, true, null, "14.2.33", null)));

        public String id() {
            return "test";
        }

        public Optional<Product> product(String name) {
            return name.equals("nextjs") ? Optional.of(next) : Optional.empty();
        }

        public Optional<Product> productForPurl(String purl) {
            return purl.startsWith("pkg:npm/next@") || purl.equals("pkg:npm/next") ? Optional.of(next) : Optional.empty();
        }
    };

    static final AdvisorySource ADVISORIES = new AdvisorySource() {
        public String id() {
            return "test";
        }

        public Map<String, List<Advisory>> advisories(List<Component> components) {
            return AXIOS;
        }
    };

    static final Map<String, List<Advisory>> AXIOS = Map.of("pkg:npm/axios", List.of(
            new Advisory("GHSA-8hc4-vh64-cxmj", List.of("CVE-2024-39338"), "Server-Side Request Forgery in axios", Severity.HIGH, "label",
                    null, null, List.of(new Advisory.Affected("npm", "axios", List.of(new Advisory.Range("SEMVER", List.of(
                            new Advisory.Event("introduced", "1.3.2"), new Advisory.Event("fixed", "1.7.4")))), List.of())),
                    null, null, List.of("test")),
            new Advisory("CVE-2024-39338", List.of("GHSA-8hc4-vh64-cxmj"), null, Severity.MEDIUM, "cvss", null, null, List.of(), null, null,
                    List.of("other")),
            new Advisory("GHSA-old-0000-0000", List.of(), "Old issue", Severity.CRITICAL, "label", null, null,
                    List.of(new Advisory.Affected("npm", "axios", List.of(new Advisory.Range("SEMVER", List.of(
                            new Advisory.Event("introduced", "0"), new Advisory.Event("fixed", "0.21.1")))), List.of())),
                    null, null, List.of("test"))));

    List<Drift> run(List<Component> cs, List<String> notes) {
        return new DriftEngine(new DriftEngine.Sources(List.of(NPM), LIFE, List.of(ADVISORIES)), VersionSchemes::byId, TODAY,
                notes::add, 4).assess(cs, DriftEngine.Listener.NONE);
    }

    @Test
    void measuresLatestWantedTypeBehindLibyearsAndLifecycle() {
        Drift next = run(List.of(npm("next", "14.1.0", "^14.1.0")), new ArrayList<>()).get(0);
        assertThat(next.latest()).as("latest follows the latest dist-tag").isEqualTo("16.0.1");
        assertThat(next.latestInRange()).isEqualTo("14.2.3");
        assertThat(next.updateType()).isEqualTo(UpdateType.MAJOR);
        assertThat(next.releasesBehind()).as("stable releases newer than 14.1.0, prereleases excluded").isEqualTo(3);
        assertThat(next.libyears()).isEqualTo(1.78);
        assertThat(next.lifecycle()).satisfies(l -> {
            assertThat(l.cycle()).isEqualTo("14");
            assertThat(l.eolPassed()).isTrue();
            assertThat(l.newestCycle()).isEqualTo("16");
        });
    }

    @Test
    void matchesAdvisoriesByRangeMergesAliasesAndKeepsTheFix() {
        Drift axios = run(List.of(npm("axios", "1.6.2", "1.6.2")), new ArrayList<>()).get(0);
        assertThat(axios.advisories()).singleElement().satisfies(m -> {
            assertThat(m.advisory().id()).isEqualTo("GHSA-8hc4-vh64-cxmj");
            assertThat(m.advisory().severity()).isEqualTo(Severity.HIGH);
            assertThat(m.advisory().sources()).containsExactly("other", "test");
            assertThat(m.fixedIn()).isEqualTo("1.7.4");
        });
    }

    @Test
    void aDeadRegistryDegradesOnlyItsPackagesAndSaysSo() {
        List<String> notes = new ArrayList<>();
        List<Drift> ds = run(List.of(npm("left-pad", "1.3.0", "^1.3.0"), npm("axios", "1.6.2", "1.6.2")), notes);
        assertThat(ds.get(0).latest()).isNull();
        assertThat(ds.get(0).notes()).singleElement().asString().contains("HTTP 503");
        assertThat(ds.get(1).latest()).isEqualTo("1.7.4");
        assertThat(notes).singleElement().asString().startsWith("npm: ");
    }
}
