package dev.upkeep.knowledge.osv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.domain.Severity;
import dev.upkeep.knowledge.Advisory;
import dev.upkeep.knowledge.AdvisoryMerger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OsvStoreTest {
    @TempDir
    Path dir;

    /** A GHSA record with GitHub's label. */
    static final String GHSA = """
            {"id": "GHSA-2jv5-9r88-3w3p", "modified": "2024-02-20T00:00:00Z", "published": "2024-02-05T00:00:00Z",
             "aliases": ["CVE-2024-24762"], "summary": "python-multipart vulnerable to Content-Type Header ReDoS",
             "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H"}],
             "affected": [{"package": {"ecosystem": "PyPI", "name": "python-multipart"},
                           "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "0.0.7"}]}]}],
             "database_specific": {"severity": "HIGH"}}
            """;

    /** The PYSEC twin of the same vulnerability, with no rating at all. */
    static final String PYSEC = """
            {"id": "PYSEC-2024-38", "modified": "2024-02-21T00:00:00Z", "aliases": ["CVE-2024-24762", "GHSA-2jv5-9r88-3w3p"],
             "details": "Regular expression DoS in the Content-Type header parser.",
             "affected": [{"package": {"ecosystem": "PyPI", "name": "Python_Multipart"},
                           "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "0.0.7"}]}],
                           "versions": ["0.0.5", "0.0.6"]}]}
            """;

    /** A record with only a CVSS v4 vector. */
    static final String VECTOR_ONLY = """
            {"id": "GHSA-vect-only-0001", "modified": "2025-01-01T00:00:00Z", "summary": "only a vector",
             "severity": [{"type": "CVSS_V4", "score": "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"}],
             "affected": [{"package": {"ecosystem": "npm", "name": "Axios"},
                           "ranges": [{"type": "SEMVER", "events": [{"introduced": "1.0.0"}, {"fixed": "1.6.3"}]}]}]}
            """;

    Path zip(String name, Map<String, String> records) throws IOException {
        Path z = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(z))) {
            for (var e : records.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return z;
    }

    @Test
    void importIndexesByNormalisedNameAndLooksUp() throws IOException {
        OsvStore store = new OsvStore(dir.resolve("osv"));
        OsvStore.ImportResult r = store.importZip(zip("PyPI.zip", Map.of("GHSA.json", GHSA, "PYSEC.json", PYSEC, "bad.json", "{oops")));
        assertThat(r.read()).isEqualTo(3);
        assertThat(r.added()).isEqualTo(2);
        assertThat(r.problems()).singleElement().asString().contains("bad.json");
        List<Advisory> found = store.lookup("PyPI", "python_multipart", "test");
        assertThat(found).extracting(Advisory::id).containsExactlyInAnyOrder("GHSA-2jv5-9r88-3w3p", "PYSEC-2024-38");
    }

    @Test
    void reimportKeepsTheNewerRecord() throws IOException {
        OsvStore store = new OsvStore(dir.resolve("osv"));
        store.importZip(zip("a.zip", Map.of("GHSA.json", GHSA)));
        OsvStore.ImportResult again = store.importZip(zip("b.zip", Map.of("GHSA.json", GHSA.replace("2024-02-20", "2023-01-01"))));
        assertThat(again.skipped()).isEqualTo(1);
        OsvStore.ImportResult newer = store.importZip(zip("c.zip", Map.of("GHSA.json", GHSA.replace("2024-02-20", "2025-01-01"))));
        assertThat(newer.updated()).isEqualTo(1);
        assertThat(new OsvStore(dir.resolve("osv")).size()).as("a fresh store reads the index from disk").isEqualTo(1);
    }

    @Test
    void duplicatesAcrossSourcesMergeByAliasKeepingTheRating() throws IOException {
        OsvStore store = new OsvStore(dir.resolve("osv"));
        store.importZip(zip("PyPI.zip", Map.of("GHSA.json", GHSA, "PYSEC.json", PYSEC)));
        List<Advisory> merged = AdvisoryMerger.merge(new ArrayList<>(store.lookup("PyPI", "python-multipart", "osv-offline")));
        assertThat(merged).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("GHSA-2jv5-9r88-3w3p");
            assertThat(a.aliases()).containsExactly("CVE-2024-24762", "PYSEC-2024-38");
            assertThat(a.severity()).isEqualTo(Severity.HIGH);
            assertThat(a.severityBasis()).isEqualTo("label");
            assertThat(a.affected()).hasSize(2);
        });
    }

    @Test
    void aVectorOnlyAdvisoryGetsItsSeverityFromTheScore() throws IOException {
        OsvStore store = new OsvStore(dir.resolve("osv"));
        store.importZip(zip("npm.zip", Map.of("v.json", VECTOR_ONLY)));
        Advisory a = store.lookup("npm", "axios", "test").get(0);
        assertThat(a.severityBasis()).isEqualTo("cvss");
        assertThat(a.cvssScore()).isEqualTo(9.3);
        assertThat(a.severity()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void aRecordWithNoRatingIsMarkedUnknown() throws IOException {
        Advisory a = OsvJson.parse(PYSEC.getBytes(StandardCharsets.UTF_8), "t");
        assertThat(a.severityBasis()).isEqualTo("unknown");
        assertThat(a.summary()).startsWith("Regular expression DoS");
    }

    @Test
    void aWithdrawnRecordAffectsNothing() throws IOException {
        OsvStore store = new OsvStore(dir.resolve("osv"));
        String withdrawn = GHSA.replace("\"modified\":", "\"withdrawn\": \"2024-03-01T00:00:00Z\", \"modified\":");
        store.importZip(zip("PyPI.zip", Map.of("GHSA.json", withdrawn, "PYSEC.json", PYSEC)));
        assertThat(store.lookup("PyPI", "python-multipart", "t")).as("lookup(python-multipart) with GHSA withdrawn")
                .extracting(Advisory::id).containsExactly("PYSEC-2024-38");
        assertThat(store.record("GHSA-2jv5-9r88-3w3p", "t")).as("record(withdrawn GHSA)").isEmpty();
        assertThat(store.record("PYSEC-2024-38", "t")).isPresent();
        assertThat(store.record("../index", "t")).as("record(a path, not an id)").isEmpty();
    }
}
