package dev.upkeep.knowledge.osv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Kind;
import dev.upkeep.domain.Severity;
import dev.upkeep.knowledge.Advisory;
import dev.upkeep.knowledge.DiskCache;
import dev.upkeep.knowledge.HttpFetcher;
import dev.upkeep.knowledge.ReplayServer;
import dev.upkeep.knowledge.ReplayServer.Reply;
import dev.upkeep.knowledge.SourceUnavailableException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class OsvApiSourceTest {
    static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");

    @TempDir
    Path dir;

    @RegisterExtension
    final ReplayServer server = ReplayServer.started();
    final List<Duration> slept = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    /** Modelled on GHSA-8hc4-vh64-cxmj: GitHub's label and a v3 vector. */
    static final String AXIOS = """
            {"id": "GHSA-8hc4-vh64-cxmj", "modified": "2024-08-13T19:53:24Z", "aliases": ["CVE-2024-39338"],
             "summary": "Server-Side Request Forgery in axios",
             "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N"}],
             "affected": [{"package": {"ecosystem": "npm", "name": "axios"},
                           "ranges": [{"type": "SEMVER", "events": [{"introduced": "1.3.2"}, {"fixed": "1.7.4"}]}]}],
             "database_specific": {"severity": "HIGH"}}
            """;

    /** A record with nothing but a CVSS v4 vector to rate it. */
    static final String JINJA_V4_ONLY = """
            {"id": "GHSA-h75v-3vvj-5mfj", "modified": "2024-12-24T00:00:00Z", "aliases": ["CVE-2024-56201"],
             "summary": "Jinja has a sandbox breakout through malicious filenames",
             "severity": [{"type": "CVSS_V4", "score": "CVSS:4.0/AV:L/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"}],
             "affected": [{"package": {"ecosystem": "PyPI", "name": "jinja2"},
                           "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "3.0.0"}, {"fixed": "3.1.5"}]}]}]}
            """;

    static Component npm(String name, String version) {
        return Component.builder(Ecosystem.NPM, Kind.PACKAGE, name).version(version).purl("pkg:npm/" + name + "@" + version)
                .location("package-lock.json", 1).build();
    }

    static Component pypi(String name, String version) {
        return Component.builder(Ecosystem.PYPI, Kind.PACKAGE, name).version(version).purl("pkg:pypi/" + name + "@" + version)
                .location("requirements.txt", 1).build();
    }

    HttpFetcher fetcher(boolean offline, Instant now) {
        HttpFetcher.Settings s = new HttpFetcher.Settings(Duration.ofSeconds(2), Duration.ofSeconds(2), 3, Duration.ofMillis(100),
                Duration.ofSeconds(60), 4);
        return new HttpFetcher(new DiskCache(dir.resolve("cache")), Clock.fixed(now, ZoneOffset.UTC), s, slept::add, offline);
    }

    OsvApiSource source(boolean offline, Instant now, OsvStore imported) {
        return new OsvApiSource(fetcher(offline, now), URI.create(server.base() + "/"), new OsvOfflineSource(imported,
                Instant.parse("2025-11-04T19:44:42Z")), notes::add);
    }

    OsvStore imported(String... records) throws IOException {
        Path z = dir.resolve("imported.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(z))) {
            for (int i = 0; i < records.length; i++) {
                out.putNextEntry(new ZipEntry(i + ".json"));
                out.write(records[i].getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        OsvStore store = new OsvStore(dir.resolve("osv"));
        store.importZip(z);
        return store;
    }

    static String batch(String... results) {
        return "{\"results\": [" + String.join(",", results) + "]}";
    }

    static JsonNode json(String text) throws IOException {
        return OsvJson.JSON.readTree(text);
    }

    @Test
    void asksQuerybatchThenReadsEachRecordAndKeysThemByPackage() throws IOException {
        server.on("/v1/querybatch", Reply.ok(batch(
                "{\"vulns\": [{\"id\": \"GHSA-8hc4-vh64-cxmj\", \"modified\": \"2024-08-13T19:53:24Z\"}]}",
                "{\"vulns\": [{\"id\": \"GHSA-h75v-3vvj-5mfj\", \"modified\": \"2024-12-24T00:00:00Z\"}]}",
                "{}")));
        server.on("/v1/vulns/GHSA-8hc4-vh64-cxmj", Reply.ok(AXIOS));
        server.on("/v1/vulns/GHSA-h75v-3vvj-5mfj", Reply.ok(JINJA_V4_ONLY));
        Map<String, List<Advisory>> got = source(false, NOW, new OsvStore(dir.resolve("none")))
                .advisories(List.of(npm("axios", "1.6.2"), pypi("jinja2", "3.1.2"), npm("react", "18.2.0"), npm("axios", "1.6.2")));

        assertThat(got.get("pkg:npm/axios")).extracting(Advisory::id).containsExactly("GHSA-8hc4-vh64-cxmj");
        assertThat(got.get("pkg:pypi/jinja2")).singleElement().satisfies(a -> {
            assertThat(a.severityBasis()).as("severity of a record with only a CVSS v4 vector").isEqualTo("cvss");
            assertThat(a.cvssScore()).as("FIRST v4 score, also 8.6 by ae-cvss-calculator").isEqualTo(8.6);
            assertThat(a.severity()).isEqualTo(Severity.HIGH);
            assertThat(a.sources()).containsExactly("osv");
        });
        assertThat(got.get("pkg:npm/react")).isEmpty();
        assertThat(notes).isEmpty();
        JsonNode sent = json(server.seen().get(0).body());
        assertThat(sent.path("queries")).as("one query per distinct package and version").hasSize(3);
        assertThat(sent.path("queries").get(1).toString())
                .isEqualTo("{\"package\":{\"name\":\"jinja2\",\"ecosystem\":\"PyPI\"},\"version\":\"3.1.2\"}");
    }

    @Test
    void followsNextPageTokensUntilNoResultHasOne() throws IOException {
        server.on("/v1/querybatch",
                Reply.ok(batch("{\"vulns\": [{\"id\": \"GHSA-8hc4-vh64-cxmj\", \"modified\": \"2024-08-13T19:53:24Z\"}],"
                        + " \"next_page_token\": \"tok-1\"}", "{}")),
                Reply.ok(batch("{\"vulns\": [{\"id\": \"GHSA-wf5p-g6vw-rhxx\", \"modified\": \"2024-01-01T00:00:00Z\"}]}")));
        server.on("/v1/vulns/GHSA-8hc4-vh64-cxmj", Reply.ok(AXIOS));
        server.on("/v1/vulns/GHSA-wf5p-g6vw-rhxx", Reply.ok(AXIOS.replace("GHSA-8hc4-vh64-cxmj", "GHSA-wf5p-g6vw-rhxx")
                .replace("CVE-2024-39338", "CVE-2023-45857")));
        Map<String, List<Advisory>> got = source(false, NOW, new OsvStore(dir.resolve("none")))
                .advisories(List.of(npm("axios", "1.6.2"), npm("react", "18.2.0")));

        assertThat(got.get("pkg:npm/axios")).extracting(Advisory::id).containsExactlyInAnyOrder("GHSA-8hc4-vh64-cxmj", "GHSA-wf5p-g6vw-rhxx");
        assertThat(server.count("/v1/querybatch")).isEqualTo(2);
        JsonNode second = json(server.seen().stream().filter(s -> s.method().equals("POST")).toList().get(1).body());
        assertThat(second.path("queries")).as("only the query with a token is asked again").hasSize(1);
        assertThat(second.path("queries").get(0).path("page_token").asText()).isEqualTo("tok-1");
        assertThat(second.path("queries").get(0).path("package").path("name").asText()).isEqualTo("axios");
    }

    @Test
    void splitsQueriesIntoBatchesOfAThousand() throws IOException {
        StringBuilder first = new StringBuilder();
        for (int i = 0; i < OsvQueries.BATCH; i++) {
            first.append(i == 0 ? "" : ",").append("{}");
        }
        server.on("/v1/querybatch", Reply.ok(batch(first.toString())), Reply.ok(batch("{}")));
        List<Component> many = new ArrayList<>();
        for (int i = 0; i <= OsvQueries.BATCH; i++) {
            many.add(npm("pkg-" + i, "1.0.0"));
        }
        Map<String, List<Advisory>> got = source(false, NOW, new OsvStore(dir.resolve("none"))).advisories(many);
        assertThat(got).hasSize(OsvQueries.BATCH + 1);
        List<ReplayServer.Seen> posts = server.seen();
        assertThat(posts).hasSize(2);
        assertThat(json(posts.get(0).body()).path("queries")).hasSize(OsvQueries.BATCH);
        assertThat(json(posts.get(1).body()).path("queries")).hasSize(1);
    }

    @Test
    void aQuerybatchAnswered429IsAskedAgainAfterRetryAfter() {
        server.on("/v1/querybatch", Reply.status(429, "Retry-After", "2"),
                Reply.ok(batch("{\"vulns\": [{\"id\": \"GHSA-8hc4-vh64-cxmj\", \"modified\": \"2024-08-13T19:53:24Z\"}]}")));
        server.on("/v1/vulns/GHSA-8hc4-vh64-cxmj", Reply.ok(AXIOS));
        Map<String, List<Advisory>> got = source(false, NOW, new OsvStore(dir.resolve("none"))).advisories(List.of(npm("axios", "1.6.2")));
        assertThat(got.get("pkg:npm/axios")).hasSize(1);
        assertThat(slept).containsExactly(Duration.ofSeconds(2));
        assertThat(notes).isEmpty();
    }

    @Test
    void aCachedRecordServesWhileTheBatchSaysItIsCurrentAndIsFetchedAgainWhenNewer() {
        String current = "{\"vulns\": [{\"id\": \"GHSA-8hc4-vh64-cxmj\", \"modified\": \"2024-08-13T19:53:24Z\"}]}";
        String newer = "{\"vulns\": [{\"id\": \"GHSA-8hc4-vh64-cxmj\", \"modified\": \"2026-11-01T00:00:00Z\"}]}";
        server.on("/v1/querybatch", Reply.ok(batch(current)), Reply.ok(batch(current)), Reply.ok(batch(newer)));
        server.on("/v1/vulns/GHSA-8hc4-vh64-cxmj", Reply.ok(AXIOS),
                Reply.ok(AXIOS.replace("2024-08-13T19:53:24Z", "2026-11-01T00:00:00Z").replace("1.7.4", "1.7.5")));
        OsvStore none = new OsvStore(dir.resolve("none"));
        source(false, NOW, none).advisories(List.of(npm("axios", "1.6.2")));
        source(false, NOW.plus(Duration.ofDays(40)), none).advisories(List.of(npm("axios", "1.6.2")));
        assertThat(server.count("/v1/vulns/GHSA-8hc4-vh64-cxmj")).as("a 40-day-old copy the batch confirms is not fetched again")
                .isEqualTo(1);
        Advisory a = source(false, NOW.plus(Duration.ofDays(41)), none).advisories(List.of(npm("axios", "1.6.2"))).get("pkg:npm/axios").get(0);
        assertThat(server.count("/v1/vulns/GHSA-8hc4-vh64-cxmj")).as("a copy older than the batch's modified is").isEqualTo(2);
        assertThat(a.modified()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
    }

    @Test
    void whenOsvIsDownTheImportedDataAnswersAndANoteSaysSo() throws IOException {
        server.on("/v1/querybatch", Reply.status(503));
        Map<String, List<Advisory>> got = source(false, NOW, imported(AXIOS)).advisories(List.of(npm("axios", "1.6.2")));
        assertThat(got.get("pkg:npm/axios")).singleElement().satisfies(a -> assertThat(a.sources()).containsExactly("osv-offline"));
        assertThat(notes).singleElement().asString().contains("osv:").contains("HTTP 503")
                .contains("the imported OSV data (as of 2025-11-04)");
    }

    @Test
    void offlineTheImportedDataAnswersWithoutAskingAndWithNothingImportedTheSourceIsUnavailable() throws IOException {
        Map<String, List<Advisory>> got = source(true, NOW, imported(AXIOS)).advisories(List.of(npm("axios", "1.6.2")));
        assertThat(got.get("pkg:npm/axios")).extracting(Advisory::id).containsExactly("GHSA-8hc4-vh64-cxmj");
        assertThat(notes).singleElement().asString().startsWith("osv: offline");
        assertThat(server.seen()).isEmpty();
        assertThatThrownBy(() -> source(true, NOW, new OsvStore(dir.resolve("none"))).advisories(List.of(npm("axios", "1.6.2"))))
                .isInstanceOf(SourceUnavailableException.class).hasMessageContaining("no OSV data is imported");
    }

    @Test
    void aRecordOsvCannotGiveIsTakenFromTheImportedData() throws IOException {
        server.on("/v1/querybatch", Reply.ok(batch(
                "{\"vulns\": [{\"id\": \"GHSA-8hc4-vh64-cxmj\", \"modified\": \"2024-08-13T19:53:24Z\"}, {\"id\": \"GHSA-gone-0000-0000\"}]}")));
        server.on("/v1/vulns/GHSA-8hc4-vh64-cxmj", Reply.status(500));
        Map<String, List<Advisory>> got = source(false, NOW, imported(AXIOS)).advisories(List.of(npm("axios", "1.6.2")));
        assertThat(got.get("pkg:npm/axios")).extracting(Advisory::id).containsExactly("GHSA-8hc4-vh64-cxmj");
        assertThat(notes).singleElement().asString().contains("2 advisory records could not be read, 1 taken from the imported OSV data");
    }

    @Test
    void anAnswerThatIsNotABatchResultFallsBack() throws IOException {
        server.on("/v1/querybatch", Reply.ok("{\"results\": []}"));
        source(false, NOW, imported(AXIOS)).advisories(List.of(npm("axios", "1.6.2")));
        assertThat(notes).singleElement().asString().contains("answered 0 results for 1 queries");
    }
}
