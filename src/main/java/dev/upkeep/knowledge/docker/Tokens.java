package dev.upkeep.knowledge.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkeep.knowledge.Fetched;
import dev.upkeep.knowledge.HttpFetcher;
import dev.upkeep.knowledge.SourceUnavailableException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Anonymous registry tokens (the Docker token flow: {@code GET <realm>?service=…&scope=…} →
 * {@code {"token": …, "expires_in": …}}), held in memory per registry and repository until they
 * expire. They are fetched with {@link HttpFetcher#getNoStore}, so never reach the disk cache, and
 * nothing here prints one.
 */
final class Tokens {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The token specification's default lifetime when the realm does not say. */
    private static final long DEFAULT_SECONDS = 60;
    /** Asking again a little before expiry avoids a 401 in the middle of a listing. */
    private static final long MARGIN_SECONDS = 10;

    private static final class Token {
        final String value;
        final Instant expires;

        Token(String value, Instant expires) {
            this.value = value;
            this.expires = expires;
        }

        @Override
        public String toString() {
            return "Token[expires=" + expires + "]";
        }
    }

    private final HttpFetcher http;
    private final Map<String, Token> byKey = new ConcurrentHashMap<>();

    Tokens(HttpFetcher http) {
        this.http = http;
    }

    /** {@code base} plus {@code Authorization: Bearer …} when a live token is held for {@code key}. */
    Map<String, String> headers(String key, Map<String, String> base) {
        Token t = byKey.get(key);
        if (t == null || !http.clock().instant().isBefore(t.expires)) {
            return base;
        }
        Map<String, String> out = new LinkedHashMap<>(base);
        out.put("Authorization", "Bearer " + t.value);
        return out;
    }

    void fetch(String key, BearerChallenge challenge, String scope) {
        StringBuilder url = new StringBuilder(challenge.realm()).append(challenge.realm().contains("?") ? '&' : '?');
        if (challenge.service() != null) {
            url.append("service=").append(URLEncoder.encode(challenge.service(), StandardCharsets.UTF_8)).append('&');
        }
        url.append("scope=").append(URLEncoder.encode(scope, StandardCharsets.UTF_8));
        URI realm;
        try {
            realm = URI.create(url.toString());
        } catch (IllegalArgumentException e) {
            throw new SourceUnavailableException("docker: the registry's token realm is not a URL", e);
        }
        if (!"https".equalsIgnoreCase(realm.getScheme()) && !"http".equalsIgnoreCase(realm.getScheme())) {
            throw new SourceUnavailableException("docker: the registry's token realm " + realm.getScheme() + "://" + realm.getHost()
                    + " is not an http(s) URL");
        }
        Fetched f = http.getNoStore(realm, Map.of("Accept", "application/json"));
        try {
            JsonNode root = JSON.readTree(f.body());
            String value = root.path("token").asText(root.path("access_token").asText(""));
            if (value.isEmpty()) {
                throw new SourceUnavailableException("docker: " + realm.getHost() + " answered without a token");
            }
            long seconds = root.path("expires_in").asLong(DEFAULT_SECONDS);
            Instant expires = f.fetchedAt().plusSeconds(Math.max(DEFAULT_SECONDS, seconds) - MARGIN_SECONDS);
            byKey.put(key, new Token(value, expires));
        } catch (IOException e) {
            // The parser's message may quote the body, and the body may hold a token: neither goes on.
            throw new SourceUnavailableException("docker: " + realm.getHost() + " answered the token request with something that is not JSON");
        }
    }
}
