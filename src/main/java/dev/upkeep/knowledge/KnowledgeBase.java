package dev.upkeep.knowledge;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Where knowledge lives on this machine and how it is reached: the cache folder (HTTP cache and
 * imported snapshots), the fetcher, and whether this run is offline. Built once per command.
 */
public final class KnowledgeBase {
    private final Path cacheDir;
    private final HttpFetcher http;
    private final Snapshots snapshots;

    public KnowledgeBase(Path cacheDir, HttpFetcher http) {
        this.cacheDir = requireNonNull(cacheDir, "cacheDir is null");
        this.http = requireNonNull(http, "http is null");
        this.snapshots = new Snapshots(cacheDir);
    }

    public static KnowledgeBase open(Path cacheDir, boolean offline, Clock clock, HttpFetcher.Settings settings) {
        return new KnowledgeBase(cacheDir, new HttpFetcher(new DiskCache(cacheDir), clock, settings, HttpFetcher.Sleeper.REAL, offline));
    }

    /** As {@link #open(Path, boolean, Clock, HttpFetcher.Settings)}, through the given proxies ({@link EnvProxySelector}). */
    public static KnowledgeBase open(Path cacheDir, boolean offline, Clock clock, HttpFetcher.Settings settings, java.net.ProxySelector proxies) {
        return new KnowledgeBase(cacheDir, new HttpFetcher(new DiskCache(cacheDir), clock, settings, HttpFetcher.Sleeper.REAL, offline, proxies));
    }

    public Path cacheDir() {
        return cacheDir;
    }

    public HttpFetcher http() {
        return http;
    }

    public Snapshots snapshots() {
        return snapshots;
    }

    public boolean offline() {
        return http.offline();
    }
}
