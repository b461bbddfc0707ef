package dev.upkeep.cli;

import dev.upkeep.knowledge.DiskCache;
import dev.upkeep.knowledge.HttpFetcher;
import dev.upkeep.knowledge.KnowledgeBase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Options shared by commands that need knowledge: where the cache is, and whether to stay offline. */
final class KnowledgeOptions {
    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Knowledge cache and imported snapshots (default: $UPKEEP_CACHE_DIR, $XDG_CACHE_HOME/upkeep or ~/.cache/upkeep).")
    Path cacheDir;

    @Option(names = "--offline", description = "Use only the cache and imported snapshots; never touch the network.")
    boolean offline;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Per-request timeout (default: 20).")
    int timeoutSeconds = 20;

    KnowledgeBase open(Clock clock) {
        Path dir = cacheDir != null ? cacheDir : DiskCache.defaultDir(System.getenv());
        if (timeoutSeconds <= 0) {
            throw dev.upkeep.domain.UpkeepException.usage("--timeout must be a positive number of seconds, not " + timeoutSeconds);
        }
        HttpFetcher.Settings d = HttpFetcher.Settings.defaults();
        HttpFetcher.Settings s = new HttpFetcher.Settings(d.connectTimeout(), Duration.ofSeconds(timeoutSeconds), d.attempts(),
                d.firstBackoff(), d.maxRetryAfter(), d.maxConcurrent());
        return KnowledgeBase.open(dir, offline, clock, s, dev.upkeep.knowledge.EnvProxySelector.fromEnv(System.getenv()));
    }
}
