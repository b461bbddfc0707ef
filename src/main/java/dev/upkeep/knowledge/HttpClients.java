package dev.upkeep.knowledge;

import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/** The JDK HTTP clients {@link HttpFetcher} sends through, and the TLS parameters they offer. */
final class HttpClients {
    private HttpClients() {}

    /**
     * Several clients, each with its own HTTP/2 connection per host: one JDK HTTP/2 connection
     * decrypts and frames every stream on one thread, which caps a cold run that downloads tens
     * of megabytes of registry documents. Redirects are left to {@link Redirects}: the JDK client
     * would forward {@code Authorization} to any host.
     */
    static HttpClient[] create(HttpFetcher.Settings settings, ProxySelector proxies) {
        SSLParameters tls = tlsParameters();
        HttpClient[] cs = new HttpClient[Math.max(1, Math.min(4, settings.maxConcurrent()))];
        for (int i = 0; i < cs.length; i++) {
            HttpClient.Builder b = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_2)
                    .connectTimeout(settings.connectTimeout())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .proxy(proxies);
            cs[i] = (tls == null ? b : b.sslParameters(tls)).build();
        }
        return cs;
    }

    /**
     * The JDK's enabled cipher suites, ChaCha20-Poly1305 first. The JDK decrypts AES-GCM quickly
     * only in code its optimizing compiler has reached; upkeep runs with the client compiler alone
     * (it starts faster), where AES-GCM costs more than twice as much CPU per byte as
     * ChaCha20-Poly1305 (docs/benchmarks/drift.md). Every suite the JDK enables stays enabled, in
     * its order otherwise; servers that prefer their own order keep it.
     */
    static SSLParameters tlsParameters() {
        try {
            SSLParameters p = SSLContext.getDefault().getDefaultSSLParameters();
            List<String> suites = new ArrayList<>(List.of(p.getCipherSuites()));
            suites.sort(Comparator.comparing(s -> !s.contains("_CHACHA20_POLY1305_")));
            p.setCipherSuites(suites.toArray(String[]::new));
            return p;
        } catch (NoSuchAlgorithmException e) {
            return null; // the client's own defaults
        }
    }
}
