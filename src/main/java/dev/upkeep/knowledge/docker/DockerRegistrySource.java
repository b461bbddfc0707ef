package dev.upkeep.knowledge.docker;

import static java.util.Objects.requireNonNull;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Kind;
import dev.upkeep.knowledge.Fetched;
import dev.upkeep.knowledge.HttpFetcher;
import dev.upkeep.knowledge.NotFoundException;
import dev.upkeep.knowledge.Release;
import dev.upkeep.knowledge.ReleaseHistory;
import dev.upkeep.knowledge.ReleaseSource;
import dev.upkeep.knowledge.SourceUnavailableException;
import dev.upkeep.knowledge.UnauthorizedException;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Image tags from a Docker registry (distribution API v2): {@code GET /v2/<repo>/tags/list?n=1000},
 * following {@code Link: <…>; rel="next"} pages. The registry is the image name's host ({@code
 * ghcr.io/org/app} → ghcr.io) or Docker Hub ({@code library/node} → registry-1.docker.io, or the
 * mirror given). A 401 with a Bearer challenge (Docker Hub, GHCR, Quay…) is answered with an
 * anonymous token from the challenge's realm, kept in memory by {@link Tokens} and never written to
 * disk or printed. Tag lists carry no dates, so releases have no publish time.
 */
public final class DockerRegistrySource implements ReleaseSource {
    public static final URI DOCKER_HUB = URI.create("https://registry-1.docker.io");
    /** Tag lists of busy images change daily; an hour keeps a day of runs to one request per page. */
    static final Duration FRESH = Duration.ofHours(1);
    static final int PAGE_SIZE = 1000;
    static final int MAX_PAGES = 50;
    private static final Map<String, String> ACCEPT = Map.of("Accept", "application/json");

    private final HttpFetcher http;
    private final URI dockerHub;
    private final Map<String, URI> registries;
    private final Tokens tokens;

    /**
     * @param dockerHub where Docker Hub images are asked: {@link #DOCKER_HUB} or a mirror
     * @param registries other registries by host, when not {@code https://<host>} (a mirror, a
     *     plain-http registry, a test server); usually empty
     */
    public DockerRegistrySource(HttpFetcher http, URI dockerHub, Map<String, URI> registries) {
        this.http = requireNonNull(http, "http is null");
        this.dockerHub = trim(requireNonNull(dockerHub, "dockerHub is null"));
        this.registries = Map.copyOf(registries);
        this.tokens = new Tokens(http);
    }

    @Override
    public String id() {
        return "docker";
    }

    @Override
    public boolean supports(Component component) {
        return component.ecosystem() == Ecosystem.DOCKER && component.kind() == Kind.IMAGE
                && ImageRepository.of(component.name()).isPresent();
    }

    @Override
    public ReleaseHistory releases(Component component) {
        ImageRepository repo = ImageRepository.of(component.name()).orElseThrow(() ->
                new NotFoundException("docker: '" + component.name() + "' is not an image repository name"));
        URI base = repo.dockerHub() ? dockerHub : trim(registries.getOrDefault(repo.host(), URI.create("https://" + repo.host())));
        URI next = URI.create(base + "/v2/" + repo.path() + "/tags/list?n=" + PAGE_SIZE);
        List<Release> releases = new ArrayList<>();
        Set<URI> seen = new HashSet<>();
        Instant oldest = null;
        String note = null;
        int pages = 0;
        while (next != null && seen.add(next)) {
            if (++pages > MAX_PAGES) {
                note = join(note, "stopped after " + MAX_PAGES + " pages of tags");
                break;
            }
            Fetched f = page(next, base, repo);
            TagsJson page;
            try {
                page = TagsJson.read(f.body());
            } catch (IOException e) {
                throw new SourceUnavailableException("docker: " + next.getHost() + " sent an unreadable tag list for " + component.name()
                        + " (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
            }
            page.tags().forEach(t -> releases.add(Release.of(t, null)));
            oldest = oldest == null || f.fetchedAt().isBefore(oldest) ? f.fetchedAt() : oldest;
            note = f.note() == null ? note : join(note, f.note());
            next = TagsJson.next(f.header("link"), next);
        }
        return new ReleaseHistory(Ecosystem.DOCKER, component.name(), releases, Map.of(), null, id(), oldest, note);
    }

    /** One page: with the repository's token when one is held; on a Bearer challenge, a fresh token and once more. */
    private Fetched page(URI uri, URI base, ImageRepository repo) {
        String key = base + "|" + repo.path();
        try {
            return http.getOrChallenge(uri, tokens.headers(key, ACCEPT), http.freshFor(id(), FRESH));
        } catch (UnauthorizedException e) {
            BearerChallenge challenge = BearerChallenge.parse(e.challenge()).orElseThrow(() -> new SourceUnavailableException(
                    "docker: " + uri.getHost() + " asks for " + BearerChallenge.scheme(e.challenge()) + " credentials to list "
                            + repo.path() + "; upkeep asks registries anonymously"));
            String scope = challenge.scope() != null ? challenge.scope() : "repository:" + repo.path() + ":pull";
            tokens.fetch(key, challenge, scope);
            return http.get(uri, tokens.headers(key, ACCEPT), http.freshFor(id(), FRESH));
        }
    }

    private static URI trim(URI u) {
        return URI.create(u.toString().replaceAll("/+$", ""));
    }

    private static String join(String a, String b) {
        return a == null ? b : a.contains(b) ? a : a + "; " + b;
    }
}
