package dev.upkeep.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvProxySelectorTest {
    static String chosen(EnvProxySelector s, String url) {
        Proxy p = s.select(URI.create(url)).get(0);
        if (p.type() == Proxy.Type.DIRECT) {
            return "direct";
        }
        InetSocketAddress a = (InetSocketAddress) p.address();
        return a.getHostString() + ":" + a.getPort();
    }

    @Test
    void eachSchemeUsesItsOwnVariable() {
        EnvProxySelector s = EnvProxySelector.fromEnv(Map.of("HTTPS_PROXY", "http://secure.corp:3128", "HTTP_PROXY", "plain.corp:8080"));
        assertThat(chosen(s, "https://registry.npmjs.org/left-pad")).isEqualTo("secure.corp:3128");
        assertThat(chosen(s, "http://repo.internal/maven2")).isEqualTo("plain.corp:8080");
    }

    @Test
    void lowerCaseWinsAndAllProxyFillsTheGaps() {
        EnvProxySelector s = EnvProxySelector.fromEnv(Map.of("https_proxy", "http://lower:1", "HTTPS_PROXY", "http://upper:2",
                "ALL_PROXY", "http://every:3"));
        assertThat(chosen(s, "https://pypi.org/pypi/x/json")).isEqualTo("lower:1");
        assertThat(chosen(s, "http://pypi.org/pypi/x/json")).isEqualTo("every:3");
    }

    @Test
    void noVariablesMeansDirect() {
        EnvProxySelector s = EnvProxySelector.fromEnv(Map.of());
        assertThat(chosen(s, "https://registry.npmjs.org/")).isEqualTo("direct");
    }

    @Test
    void noProxyMatchesHostsSubdomainsPortsAndRanges() {
        EnvProxySelector s = EnvProxySelector.fromEnv(Map.of("HTTPS_PROXY", "http://p:3128",
                "NO_PROXY", "corp.example, .internal,*.lan registry.local:8443,10.0.0.0/8"));
        assertThat(chosen(s, "https://corp.example/")).as("exact host").isEqualTo("direct");
        assertThat(chosen(s, "https://npm.corp.example/")).as("subdomain").isEqualTo("direct");
        assertThat(chosen(s, "https://notcorp.example/")).as("suffix without a dot").isEqualTo("p:3128");
        assertThat(chosen(s, "https://repo.internal/")).as("leading dot").isEqualTo("direct");
        assertThat(chosen(s, "https://nas.lan/")).as("*.lan").isEqualTo("direct");
        assertThat(chosen(s, "https://registry.local:8443/")).as("host with its port").isEqualTo("direct");
        assertThat(chosen(s, "https://registry.local/")).as("host on another port").isEqualTo("p:3128");
        assertThat(chosen(s, "https://10.1.2.3/")).as("in 10.0.0.0/8").isEqualTo("direct");
        assertThat(chosen(s, "https://11.1.2.3/")).as("outside 10.0.0.0/8").isEqualTo("p:3128");
    }

    @Test
    void starBypassesEverythingAndLoopbackIsAlwaysDirect() {
        assertThat(chosen(EnvProxySelector.fromEnv(Map.of("HTTPS_PROXY", "http://p:1", "NO_PROXY", "*")), "https://pypi.org/")).isEqualTo("direct");
        EnvProxySelector s = EnvProxySelector.fromEnv(Map.of("HTTP_PROXY", "http://p:1"));
        assertThat(chosen(s, "http://127.0.0.1:8080/")).isEqualTo("direct");
        assertThat(chosen(s, "http://localhost:8080/")).isEqualTo("direct");
        assertThat(chosen(s, "http://[::1]:8080/")).isEqualTo("direct");
    }

    @Test
    void proxyCredentialsAreNeverShownAndUnsupportedSchemesAreIgnored() {
        EnvProxySelector s = EnvProxySelector.fromEnv(Map.of("HTTPS_PROXY", "http://alice:s3cret@p.corp:3128", "HTTP_PROXY", "socks5://s:1080"));
        assertThat(chosen(s, "https://pypi.org/")).isEqualTo("p.corp:3128");
        assertThat(chosen(s, "http://pypi.org/")).as("socks5 is not an HTTP proxy").isEqualTo("direct");
        assertThat(s.toString()).doesNotContain("s3cret").doesNotContain("alice").contains("p.corp:3128");
    }

    @Test
    void aFetcherSendsRequestsThroughTheChosenProxy() throws Exception {
        // The replay server plays the proxy: an HTTP proxy receives the absolute URL as the request target.
        try (ReplayServer proxy = new ReplayServer()) {
            proxy.on("/pkg", ReplayServer.Reply.ok("via proxy"));
            URI proxyUri = proxy.uri("/");
            java.net.ProxySelector toProxy = new java.net.ProxySelector() {
                @Override
                public java.util.List<Proxy> select(URI uri) {
                    return java.util.List.of(new Proxy(Proxy.Type.HTTP, new InetSocketAddress(proxyUri.getHost(), proxyUri.getPort())));
                }

                @Override
                public void connectFailed(URI uri, java.net.SocketAddress sa, java.io.IOException ioe) {}
            };
            HttpFetcher f = new HttpFetcher(new DiskCache(java.nio.file.Files.createTempDirectory("proxy-cache")),
                    java.time.Clock.systemUTC(), HttpFetcher.Settings.defaults(), d -> {}, false, toProxy);
            assertThat(f.get(URI.create("http://registry.invalid/pkg"), Map.of(), java.time.Duration.ZERO).text()).isEqualTo("via proxy");
            assertThat(proxy.seen().get(0).header("Host")).isEqualTo("registry.invalid");
        }
    }
}
