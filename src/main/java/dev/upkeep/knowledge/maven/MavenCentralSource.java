package dev.upkeep.knowledge.maven;

import static java.util.Objects.requireNonNull;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Kind;
import dev.upkeep.knowledge.Fetched;
import dev.upkeep.knowledge.HttpFetcher;
import dev.upkeep.knowledge.Release;
import dev.upkeep.knowledge.ReleaseHistory;
import dev.upkeep.knowledge.ReleaseSource;
import dev.upkeep.knowledge.SourceUnavailableException;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Versions from a Maven repository layout (Maven Central by default): {@code GET
 * {base}/{group/as/path}/{artifact}/maven-metadata.xml}. The file lists versions and names {@code
 * latest} and {@code release} (kept as tags); it has no per-version dates, so releases have no
 * publish time.
 */
public final class MavenCentralSource implements ReleaseSource {
    public static final URI DEFAULT_BASE = URI.create("https://repo1.maven.org/maven2");
    static final Duration FRESH = Duration.ofHours(1);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+:[A-Za-z0-9_.-]+");

    private final HttpFetcher http;
    private final URI base;

    /** @param base the repository root, e.g. {@link #DEFAULT_BASE} or a company mirror */
    public MavenCentralSource(HttpFetcher http, URI base) {
        this.http = requireNonNull(http, "http is null");
        this.base = URI.create(requireNonNull(base, "base is null").toString().replaceAll("/+$", ""));
    }

    @Override
    public String id() {
        return "maven";
    }

    @Override
    public boolean supports(Component component) {
        return component.ecosystem() == Ecosystem.MAVEN && (component.kind() == Kind.PACKAGE || component.kind() == Kind.TOOL)
                && NAME.matcher(component.name()).matches() && !component.name().contains("..");
    }

    @Override
    public ReleaseHistory releases(Component component) {
        String name = component.name();
        int colon = name.indexOf(':');
        if (colon < 0) {
            throw new SourceUnavailableException("maven: '" + name + "' is not groupId:artifactId");
        }
        URI uri = URI.create(base + "/" + name.substring(0, colon).replace('.', '/') + "/" + name.substring(colon + 1) + "/maven-metadata.xml");
        Fetched f = http.get(uri, Map.of("Accept", "application/xml, text/xml;q=0.9"), http.freshFor(id(), FRESH));
        MavenMetadataXml doc;
        try {
            doc = MavenMetadataXml.read(f.body());
        } catch (IOException e) {
            throw new SourceUnavailableException("maven: " + uri.getHost() + " sent an unreadable maven-metadata.xml for " + name
                    + " (" + e.getMessage() + ")", e);
        }
        Map<String, String> tags = new LinkedHashMap<>();
        if (doc.latest() != null) {
            tags.put("latest", doc.latest());
        }
        if (doc.release() != null) {
            tags.put("release", doc.release());
        }
        return new ReleaseHistory(Ecosystem.MAVEN, name, doc.versions().stream().map(v -> Release.of(v, null)).toList(), tags, null,
                id(), f.fetchedAt(), f.note());
    }
}
