package dev.upkeep.probe.tls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.probe.Outcome;
import dev.upkeep.probe.ProbeResult;
import dev.upkeep.probe.ProbeRunner;
import dev.upkeep.probe.Secrets;
import dev.upkeep.probe.TestPki;
import dev.upkeep.probe.TestPki.Issued;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsProbeTest {
    static Issued root;
    static Issued intermediate;
    static Path caFile;

    @BeforeAll
    static void pki(@TempDir Path dir) throws IOException {
        root = TestPki.root("Probe Test Root", Duration.ofDays(3650));
        intermediate = TestPki.intermediate(root, "Probe Test Intermediate", Duration.ofDays(400));
        caFile = TestPki.writePem(dir.resolve("root.pem"), root.cert());
    }

    /** Accepts connections, completes the handshake, closes; the protocols it allows can be limited. */
    static final class TlsServer implements AutoCloseable {
        final SSLServerSocket socket;

        TlsServer(SSLContext ctx, String... protocols) throws IOException {
            socket = (SSLServerSocket) ctx.getServerSocketFactory().createServerSocket(0, 50, InetAddress.getLoopbackAddress());
            if (protocols.length > 0) {
                socket.setEnabledProtocols(protocols);
            }
            Thread t = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (SSLSocket s = (SSLSocket) socket.accept()) {
                        s.setSoTimeout(5_000);
                        s.startHandshake();
                    } catch (IOException e) {
                        // a refused protocol or a closed server: next connection
                    }
                }
            }, "test-tls-server");
            t.setDaemon(true);
            t.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    static ProbeResult probe(TlsTarget t) {
        return new ProbeRunner(Clock.systemUTC(), Secrets.none())
                .run(TlsFamily.probes(List.of(t)), Duration.ofSeconds(30)).results().get(0);
    }

    static TlsTarget local(int port) {
        return TlsTarget.of("127.0.0.1", port).withServerName("localhost").withCa(caFile);
    }

    static List<Finding> rule(ProbeResult r, String id) {
        return r.findings().stream().filter(f -> f.ruleId().equals(id)).toList();
    }

    @Test
    void aHealthyChainHasDaysLeftForEveryCertificateAndNoFindings() throws IOException {
        Issued leaf = TestPki.leaf(intermediate, "localhost", Duration.ofDays(90), List.of("localhost"));
        try (TlsServer s = new TlsServer(TestPki.serverContext(leaf, intermediate.cert()))) {
            ProbeResult r = probe(local(s.port()));
            assertThat(r.outcome()).as("probe: " + r.error()).isEqualTo(Outcome.OK);
            assertThat(r.findings()).as("findings of a healthy chain").isEmpty();
            assertThat(r.measurements()).filteredOn(m -> m.name().equals("daysLeft"))
                    .extracting(m -> m.subject()).containsExactly("leaf localhost", "intermediate Probe Test Intermediate",
                            "root Probe Test Root");
            assertThat(r.measurement("daysLeft", "leaf localhost").orElseThrow().value()).isBetween(89.0, 90.0);
            assertThat(r.measurement("offered", "TLSv1.3").orElseThrow().value()).isEqualTo(1.0);
            assertThat(r.measurement("offered", "TLSv1.2").orElseThrow().value()).isEqualTo(1.0);
            assertThat(r.measurement("offered", "TLSv1.1").orElseThrow().value()).isEqualTo(0.0);
            assertThat(r.measurement("offered", "TLSv1").orElseThrow().value()).isEqualTo(0.0);
        }
    }

    @Test
    void aLeafExpiringInTenDaysIsAFinding() throws IOException {
        Issued leaf = TestPki.leaf(intermediate, "localhost", Duration.ofDays(10).plusHours(1), List.of("localhost"));
        try (TlsServer s = new TlsServer(TestPki.serverContext(leaf, intermediate.cert()))) {
            ProbeResult r = probe(local(s.port()));
            assertThat(r.findings()).singleElement().satisfies(f -> {
                assertThat(f.ruleId()).isEqualTo("probe/tls-expiry");
                assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
                assertThat(f.subject()).isEqualTo("127.0.0.1:" + s.port() + "#leaf localhost");
                assertThat(f.message()).contains("leaf certificate 'localhost'", "expires in 10 days");
                assertThat(f.evidence()).containsEntry("daysLeft", "10").containsEntry("warnDays", "30");
            });
        }
    }

    @Test
    void anIntermediateExpiringBeforeItsLeafIsWhatBites() throws IOException {
        Issued shortLived = TestPki.intermediate(root, "Short Intermediate", Duration.ofDays(5).plusHours(1));
        Issued leaf = TestPki.leaf(shortLived, "localhost", Duration.ofDays(60), List.of("localhost"));
        try (TlsServer s = new TlsServer(TestPki.serverContext(leaf, shortLived.cert()))) {
            ProbeResult r = probe(local(s.port()));
            assertThat(r.findings()).singleElement().satisfies(f -> {
                assertThat(f.ruleId()).isEqualTo("probe/tls-expiry");
                assertThat(f.severity()).isEqualTo(Severity.HIGH);
                assertThat(f.evidence()).containsEntry("role", "intermediate").containsEntry("daysLeft", "5");
                assertThat(f.message()).contains("intermediate certificate 'Short Intermediate'", "before the leaf (59 days)");
            });
        }
    }

    @Test
    void anExpiredLeafIsCriticalAndNotAlsoUntrusted() throws IOException {
        Issued leaf = TestPki.leaf(intermediate, "localhost", Duration.ofDays(-2), List.of("localhost"));
        try (TlsServer s = new TlsServer(TestPki.serverContext(leaf, intermediate.cert()))) {
            ProbeResult r = probe(local(s.port()));
            assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("probe/tls-expiry");
            assertThat(r.findings().get(0).severity()).isEqualTo(Severity.CRITICAL);
            assertThat(r.findings().get(0).message()).contains("expired on");
        }
    }

    @Test
    void aCertificateForAnotherNameIsAHostnameFinding() throws IOException {
        Issued leaf = TestPki.leaf(intermediate, "wrong.example", Duration.ofDays(90), List.of("wrong.example", "*.other.example"));
        try (TlsServer s = new TlsServer(TestPki.serverContext(leaf, intermediate.cert()))) {
            ProbeResult r = probe(local(s.port()));
            assertThat(r.findings()).singleElement().satisfies(f -> {
                assertThat(f.ruleId()).isEqualTo("probe/tls-hostname");
                assertThat(f.severity()).isEqualTo(Severity.HIGH);
                assertThat(f.evidence()).containsEntry("serverName", "localhost").containsEntry("names", "wrong.example, *.other.example");
            });
        }
    }

    @Test
    void aChainWithoutATrustedRootIsUntrusted() throws IOException {
        Issued leaf = TestPki.leaf(intermediate, "localhost", Duration.ofDays(90), List.of("localhost"));
        try (TlsServer s = new TlsServer(TestPki.serverContext(leaf, intermediate.cert()))) {
            ProbeResult r = probe(TlsTarget.of("127.0.0.1", s.port()).withServerName("localhost"));
            assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("probe/tls-untrusted");
            assertThat(r.findings().get(0).message()).contains("no path to a trusted root");
        }
    }

    @Test
    void aMissingIntermediateIsUntrustedEvenWithTheRoot() throws IOException {
        Issued leaf = TestPki.leaf(intermediate, "localhost", Duration.ofDays(90), List.of("localhost"));
        try (TlsServer s = new TlsServer(TestPki.serverContext(leaf))) {
            ProbeResult r = probe(local(s.port()));
            assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("probe/tls-untrusted");
        }
    }

    @Test
    void aServerLimitedToTls12DoesNotOfferTls13() throws IOException {
        Issued leaf = TestPki.leaf(intermediate, "localhost", Duration.ofDays(90), List.of("localhost"));
        try (TlsServer s = new TlsServer(TestPki.serverContext(leaf, intermediate.cert()), "TLSv1.2")) {
            ProbeResult r = probe(local(s.port()));
            assertThat(r.findings()).isEmpty();
            assertThat(r.measurement("offered", "TLSv1.3").orElseThrow().value()).isEqualTo(0.0);
            assertThat(r.measurement("offered", "TLSv1.2").orElseThrow().value()).isEqualTo(1.0);
        }
    }

    @Test
    void aServerThatStillSpeaksTls10IsSeen() throws Exception {
        try (ServerSocket legacy = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> answerWithServerHello(legacy, 0x0301), "fake-tls10");
            t.setDaemon(true);
            t.start();
            assertThat(LegacyHello.offered("127.0.0.1", legacy.getLocalPort(), "localhost", LegacyHello.TLS10, 2_000))
                    .as("LegacyHello.offered(TLS 1.0) against a server answering a TLS 1.0 ServerHello").isTrue();
            assertThat(LegacyHello.offered("127.0.0.1", legacy.getLocalPort(), "localhost", LegacyHello.TLS11, 2_000))
                    .as("LegacyHello.offered(TLS 1.1) against a server answering a TLS 1.0 ServerHello").isFalse();
        }
    }

    @Test
    void theClientHelloIsAWellFormedRecord() {
        byte[] hello = LegacyHello.clientHello("api.example.com", LegacyHello.TLS11);
        assertThat(hello[0]).isEqualTo((byte) 0x16);
        int recordLength = ((hello[3] & 0xff) << 8) | (hello[4] & 0xff);
        assertThat(recordLength).isEqualTo(hello.length - 5);
        int handshakeLength = ((hello[6] & 0xff) << 16) | ((hello[7] & 0xff) << 8) | (hello[8] & 0xff);
        assertThat(handshakeLength).isEqualTo(recordLength - 4);
        assertThat(new String(hello, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("api.example.com");
        assertThat(hello[9]).isEqualTo((byte) 3);
        assertThat(hello[10]).isEqualTo((byte) 2);
    }

    /** Reads one ClientHello and answers a ServerHello of {@code version}, whatever was asked: enough for LegacyHello. */
    private static void answerWithServerHello(ServerSocket server, int version) {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                DataInputStream in = new DataInputStream(s.getInputStream());
                in.skipNBytes(3);
                int len = in.readUnsignedShort();
                in.skipNBytes(4);
                int asked = in.readUnsignedShort();
                in.skipNBytes(len - 6);
                int answered = asked == version ? version : 0x0303;
                OutputStream out = s.getOutputStream();
                out.write(new byte[] {0x16, 0x03, 0x01, 0x00, 0x2a, 0x02, 0x00, 0x00, 0x26, (byte) (answered >> 8), (byte) answered});
                out.write(new byte[38]);
                out.flush();
            } catch (IOException e) {
                return;
            }
        }
    }

    @Test
    void hostnamesFollowRfc6125() {
        assertThat(Hostnames.dnsMatches("*.example.com", "api.example.com")).isTrue();
        assertThat(Hostnames.dnsMatches("*.example.com", "a.b.example.com")).isFalse();
        assertThat(Hostnames.dnsMatches("*.example.com", "example.com")).isFalse();
        assertThat(Hostnames.dnsMatches("*.com", "example.com")).isFalse();
        assertThat(Hostnames.dnsMatches("api.example.com", "api.example.com")).isTrue();
    }

    @Test
    void targetsParseHostAndPort() {
        assertThat(TlsTarget.parse("api.example.com")).isEqualTo(TlsTarget.of("api.example.com", 443));
        assertThat(TlsTarget.parse("api.example.com:8443").port()).isEqualTo(8443);
        assertThat(TlsTarget.parse("[::1]:8443").host()).isEqualTo("::1");
        assertThat(TlsTarget.parse("https://api.example.com/health").display()).isEqualTo("api.example.com:443");
    }
}
