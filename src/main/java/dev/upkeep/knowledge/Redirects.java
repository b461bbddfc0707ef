package dev.upkeep.knowledge;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Redirects followed by hand, because the JDK client forwards every request header, {@code
 * Authorization} included, to whatever host a redirect names. Here a redirect to another origin
 * drops {@code Authorization} and {@code Cookie}, https never redirects down to http, and five hops
 * is the most.
 */
final class Redirects {
    private static final Set<Integer> STATUSES = Set.of(301, 302, 303, 307, 308);
    private static final int MAX = 5;

    private Redirects() {}

    /** Sends a GET built by {@code build(target, headers)}, and the GETs its redirects ask for; bodies inflated when gzip. */
    static HttpResponse<byte[]> send(HttpClient client, URI uri, Map<String, String> headers,
            BiFunction<URI, Map<String, String>, HttpRequest> build) throws IOException, InterruptedException {
        return send(client, uri, headers, build, Gzip.HANDLER);
    }

    /** As {@link #send(HttpClient, URI, Map, BiFunction)}, with the bodies read by {@code handler}. */
    static <B> HttpResponse<B> send(HttpClient client, URI uri, Map<String, String> headers,
            BiFunction<URI, Map<String, String>, HttpRequest> build, HttpResponse.BodyHandler<B> handler)
            throws IOException, InterruptedException {
        URI target = uri;
        Map<String, String> sent = headers;
        for (int hop = 0;; hop++) {
            HttpResponse<B> resp = client.send(build.apply(target, sent), handler);
            Optional<String> location = resp.headers().firstValue("Location");
            if (!STATUSES.contains(resp.statusCode()) || location.isEmpty() || hop == MAX) {
                return resp;
            }
            URI next;
            try {
                next = target.resolve(location.get().strip());
            } catch (IllegalArgumentException e) {
                return resp;
            }
            if ("https".equalsIgnoreCase(target.getScheme()) && !"https".equalsIgnoreCase(next.getScheme())) {
                return resp;
            }
            if (!sameOrigin(target, next)) {
                Map<String, String> stripped = new LinkedHashMap<>();
                sent.forEach((k, v) -> {
                    if (!k.equalsIgnoreCase("Authorization") && !k.equalsIgnoreCase("Cookie")) {
                        stripped.put(k, v);
                    }
                });
                sent = stripped;
            }
            target = next;
        }
    }

    static boolean sameOrigin(URI a, URI b) {
        return a.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI u) {
        return u.getPort() >= 0 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }
}
