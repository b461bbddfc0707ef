package dev.upkeep.knowledge.pypi;

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
import dev.upkeep.versioning.Version;
import dev.upkeep.versioning.VersionScheme;
import dev.upkeep.versioning.registry.VersionSchemes;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Releases from PyPI's JSON API ({@code GET {base}/pypi/{name}/json}), or, when pip is configured
 * with another index ({@code PIP_INDEX_URL}, pip.conf), from that simple index in its PEP 691 JSON
 * form; extra indexes are asked in order when the first does not know the project.
 *
 * <p>{@link #releases} gives every release with upload time, yanked flag and {@code
 * requires_python}; {@code requires_dist} only for the latest, because the project document holds
 * it for that version alone. {@link #release(Component, String)} fetches one version's own document
 * ({@code /pypi/{name}/{version}/json}, or the wheel's {@code .metadata} file on a simple index) for
 * its {@code requires_dist}: callers ask for it only for the few versions they weigh (the current
 * and the candidate), never for the whole history.
 */
public final class PypiSource implements ReleaseSource {
    public static final URI DEFAULT_BASE = URI.create("https://pypi.org");
    static final Duration FRESH = Duration.ofHours(1);
    /** A published version's metadata does not change; only its yanked flag may, and the project document carries that. */
    static final Duration VERSION_FRESH = Duration.ofDays(7);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?");

    private final HttpFetcher http;
    private final URI base;
    private final PipConfig pip;
    private final VersionScheme pep440 = VersionSchemes.byId("pep440");

    /**
     * @param base the JSON API root ({@link #DEFAULT_BASE}), used while pip names no other index
     * @param pip the indexes pip is configured with
     */
    public PypiSource(HttpFetcher http, URI base, PipConfig pip) {
        this.http = requireNonNull(http, "http is null");
        this.base = URI.create(requireNonNull(base, "base is null").toString().replaceAll("/+$", ""));
        this.pip = requireNonNull(pip, "pip is null");
    }

    @Override
    public String id() {
        return "pypi";
    }

    @Override
    public boolean supports(Component component) {
        return component.ecosystem() == Ecosystem.PYPI && (component.kind() == Kind.PACKAGE || component.kind() == Kind.TOOL)
                && NAME.matcher(component.name()).matches();
    }

    @Override
    public ReleaseHistory releases(Component component) {
        String name = PypiNames.normalize(component.name());
        return firstIndexKnowing(name, index -> index == null ? fromJsonApi(name) : fromSimple(index, name).history);
    }

    /**
     * One version with its {@code requires_dist} and {@code requires_python}, from that version's
     * own document (fetched now, cached for a week).
     *
     * @throws NotFoundException no such project or version
     */
    public Release release(Component component, String version) {
        String name = PypiNames.normalize(component.name());
        return firstIndexKnowing(name, index -> index == null ? versionFromJsonApi(name, version) : versionFromSimple(index, name, version));
    }

    private <T> T firstIndexKnowing(String name, java.util.function.Function<PipConfig.Index, T> ask) {
        List<PipConfig.Index> order = new ArrayList<>();
        order.add(pip.primary()); // null: the JSON API
        order.addAll(pip.extras());
        NotFoundException missing = null;
        for (PipConfig.Index index : order) {
            try {
                return ask.apply(index);
            } catch (NotFoundException e) {
                missing = missing == null ? e : missing;
            }
        }
        throw order.size() == 1 ? missing : new NotFoundException("pypi: no configured index has " + name + " (" + missing.getMessage() + ")");
    }

    private ReleaseHistory fromJsonApi(String name) {
        Fetched f = http.get(URI.create(base + "/pypi/" + name + "/json"), Map.of("Accept", "application/json"), http.freshFor(id(), FRESH));
        PypiJson doc = parse(f, name, () -> PypiJson.project(f.body()));
        Map<String, String> tags = doc.latest() == null ? Map.of() : Map.of("latest", doc.latest());
        return new ReleaseHistory(Ecosystem.PYPI, name, doc.releases(), tags, null, id(), f.fetchedAt(), f.note());
    }

    private Release versionFromJsonApi(String name, String version) {
        Fetched f = http.get(URI.create(base + "/pypi/" + name + "/" + encode(version) + "/json"), Map.of("Accept", "application/json"),
                VERSION_FRESH);
        return parse(f, name + " " + version, () -> PypiJson.version(f.body())).releases().get(0);
    }

    private record Simple(SimpleJson page, ReleaseHistory history) {}

    private Simple fromSimple(PipConfig.Index index, String name) {
        URI page = index.url.resolve(name + "/");
        Fetched f = http.get(page, headers(index, SimpleJson.MEDIA_TYPE + ", application/json;q=0.5"), http.freshFor(id(), FRESH));
        String type = f.header("content-type");
        if (type != null && !type.contains("json")) {
            throw new SourceUnavailableException("pypi: " + page.getHost() + " answered " + type.split(";")[0]
                    + " for " + name + ", not the PEP 691 JSON form upkeep reads");
        }
        SimpleJson doc = parse(f, name, () -> SimpleJson.read(f.body(), page, name));
        List<Release> releases = doc.releases();
        Map<String, String> tags = latest(releases).map(v -> Map.of("latest", v)).orElse(Map.of());
        String deprecated = "deprecated".equals(doc.status()) || "archived".equals(doc.status())
                ? Objects.requireNonNullElse(doc.statusReason(), "project status: " + doc.status()) : null;
        return new Simple(doc, new ReleaseHistory(Ecosystem.PYPI, name, releases, tags, deprecated, id(), f.fetchedAt(), f.note()));
    }

    private Release versionFromSimple(PipConfig.Index index, String name, String version) {
        SimpleJson page = fromSimple(index, name).page;
        List<SimpleJson.File> files = page.files().get(version);
        if (files == null) {
            throw new NotFoundException("pypi: " + index.url.getHost() + " has no version " + version + " of " + name);
        }
        Optional<SimpleJson.File> withMetadata = files.stream().filter(SimpleJson.File::metadata).filter(fl -> fl.url() != null)
                .min(Comparator.comparing(fl -> fl.filename().endsWith(".whl") ? 0 : 1));
        if (withMetadata.isEmpty()) {
            return page.release(version, List.of()); // no metadata file: requires_dist stays unknown
        }
        URI metadata = URI.create(withMetadata.get().url().toString().replaceFirst("#.*$", "") + ".metadata");
        Map<String, String> auth = sameOrigin(metadata, index.url) ? headers(index, "*/*") : Map.of();
        Fetched f = http.get(metadata, auth, VERSION_FRESH);
        CoreMetadata meta = CoreMetadata.read(new String(f.body(), StandardCharsets.UTF_8));
        Release r = page.release(version, meta.requiresDist());
        return meta.requiresPython() == null ? r
                : new Release(r.version(), r.published(), r.yanked(), null, Map.of(), Map.of(), meta.requiresPython(), r.requiresDist());
    }

    /** The newest release that is neither yanked nor a pre-release, as pip would pick it; any newest one otherwise. */
    private Optional<String> latest(List<Release> releases) {
        List<Version> usable = new ArrayList<>();
        List<Version> any = new ArrayList<>();
        for (Release r : releases) {
            if (r.yanked() || !pep440.isValid(r.version())) {
                continue;
            }
            Version v = pep440.parse(r.version());
            any.add(v);
            if (!v.isPrerelease()) {
                usable.add(v);
            }
        }
        return (usable.isEmpty() ? any : usable).stream().max(Comparator.naturalOrder()).map(Version::text);
    }

    private interface Parse<T> {
        T run() throws IOException;
    }

    private static <T> T parse(Fetched f, String what, Parse<T> p) {
        try {
            return p.run();
        } catch (IOException | RuntimeException e) {
            String m = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new SourceUnavailableException("pypi: " + f.uri().getHost() + " sent an unreadable document for " + what + " ("
                    + (m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m)) + ")", e);
        }
    }

    private static Map<String, String> headers(PipConfig.Index index, String accept) {
        return index.authorization == null ? Map.of("Accept", accept) : Map.of("Accept", accept, "Authorization", index.authorization);
    }

    private static boolean sameOrigin(URI a, URI b) {
        return Objects.equals(a.getScheme(), b.getScheme()) && a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost())
                && a.getPort() == b.getPort();
    }

    private static String encode(String version) {
        return java.net.URLEncoder.encode(version, StandardCharsets.UTF_8);
    }
}
