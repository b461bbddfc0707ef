package dev.upkeep.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Kind;
import dev.upkeep.domain.Severity;
import dev.upkeep.knowledge.DiskCache;
import dev.upkeep.knowledge.HttpFetcher;
import dev.upkeep.knowledge.ReplayServer;
import dev.upkeep.knowledge.ReplayServer.Reply;
import dev.upkeep.knowledge.npmaudit.NpmBulkAdvisorySource;
import dev.upkeep.knowledge.osv.OsvApiSource;
import dev.upkeep.knowledge.osv.OsvOfflineSource;
import dev.upkeep.knowledge.osv.OsvStore;
import dev.upkeep.versioning.registry.VersionSchemes;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OSV API and npm's bulk advisories together: one advisory known to both is reported once. */
class OnlineAdvisoriesDriftTest {
    @TempDir
    Path dir;

    /** OSV's record of the SSRF in axios: a SEMVER range, a v3 vector, no label. */
    static final String OSV_RECORD = """
            {"id": "GHSA-8hc4-vh64-cxmj", "modified": "2024-08-13T19:53:24Z", "aliases": ["CVE-2024-39338"],
             "summary": "Server-Side Request Forgery in axios",
             "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N"}],
             "affected": [{"package": {"ecosystem": "npm", "name": "axios"},
                           "ranges": [{"type": "SEMVER", "events": [{"introduced": "1.3.2"}, {"fixed": "1.7.4"}]}]}]}
            """;

    @Test
    void theSameAdvisoryFromOsvAndNpmAuditIsOneAdvisory() throws IOException {
        try (ReplayServer server = new ReplayServer()) {
            server.on("/v1/querybatch", Reply.ok("{\"results\": [{\"vulns\": [{\"id\": \"GHSA-8hc4-vh64-cxmj\","
                    + " \"modified\": \"2024-08-13T19:53:24Z\"}]}]}"));
            server.on("/v1/vulns/GHSA-8hc4-vh64-cxmj", Reply.ok(OSV_RECORD));
            server.on("/-/npm/v1/security/advisories/bulk",
                    Reply.file(Path.of("src/test/resources/dev/upkeep/knowledge/npmaudit/bulk-axios-next.json")));
            HttpFetcher http = new HttpFetcher(new DiskCache(dir), Clock.fixed(Instant.parse("2026-11-21T08:00:00Z"), ZoneOffset.UTC),
                    HttpFetcher.Settings.defaults(), d -> { }, false);
            List<String> notes = new ArrayList<>();
            OsvApiSource osv = new OsvApiSource(http, URI.create(server.base()), new OsvOfflineSource(new OsvStore(dir.resolve("osv"))),
                    notes::add);
            NpmBulkAdvisorySource npm = new NpmBulkAdvisorySource(http, URI.create(server.base()), java.util.Map.of());
            Component axios = Component.builder(Ecosystem.NPM, Kind.PACKAGE, "axios").version("1.6.2").purl("pkg:npm/axios@1.6.2")
                    .location("package-lock.json", 1).build();

            Drift d = new DriftEngine(new DriftEngine.Sources(List.of(), null, List.of(osv, npm)), VersionSchemes::byId,
                    LocalDate.parse("2026-11-21"), notes::add, 2).assess(List.of(axios), DriftEngine.Listener.NONE).get(0);

            assertThat(notes).isEmpty();
            assertThat(d.advisories()).as("GHSA-wf5p-g6vw-rhxx's npm range ends before 1.6.2").singleElement().satisfies(m -> {
                assertThat(m.advisory().id()).isEqualTo("GHSA-8hc4-vh64-cxmj");
                assertThat(m.advisory().aliases()).containsExactly("CVE-2024-39338");
                assertThat(m.advisory().sources()).containsExactly("npm-audit", "osv");
                assertThat(m.advisory().severity()).as("npm's label 'high'").isEqualTo(Severity.HIGH);
                assertThat(m.advisory().affected()).as("OSV's range and npm's, both kept").hasSize(2);
                assertThat(m.fixedIn()).isEqualTo("1.7.4");
            });
        }
    }
}
