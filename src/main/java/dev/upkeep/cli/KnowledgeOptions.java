package dev.upkeep.cli;

import dev.upkeep.domain.UpkeepException;
import dev.upkeep.knowledge.DiskCache;
import dev.upkeep.knowledge.Freshness;
import dev.upkeep.knowledge.HttpFetcher;
import dev.upkeep.knowledge.KnowledgeBase;
import dev.upkeep.probe.Durations;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Option;

/** Options shared by commands that need knowledge: where the cache is, whether to stay offline, how fresh cached answers must be. */
final class KnowledgeOptions {
    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Knowledge cache and imported snapshots (default: $UPKEEP_CACHE_DIR, $XDG_CACHE_HOME/upkeep or ~/.cache/upkeep).")
    Path cacheDir;

    @Option(names = "--offline", description = "Use only the cache and imported snapshots; never touch the network.")
    boolean offline;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Per-request timeout (default: 20).")
    int timeoutSeconds = 20;

    @Option(names = "--fresh-for", paramLabel = "AGE", description = {
        "How long a cached answer is used without asking its origin: one age for every source (15m),",
        "per source (npm=15m,pypi=2h), or both (1h,npm=10m); then it is revalidated (a 304 costs no download).",
        "Default: $UPKEEP_FRESH_FOR, else npm, pypi, docker, maven 1h, endoflife 24h."})
    String freshFor;

    @Option(names = "--refresh", description = "Revalidate every cached answer with its origin (as --fresh-for 0).")
    boolean refresh;

    KnowledgeBase open(Clock clock) {
        Path dir = cacheDir != null ? cacheDir : DiskCache.defaultDir(System.getenv());
        if (timeoutSeconds <= 0) {
            throw UpkeepException.usage("--timeout must be a positive number of seconds, not " + timeoutSeconds);
        }
        HttpFetcher.Settings d = HttpFetcher.Settings.defaults();
        HttpFetcher.Settings s = new HttpFetcher.Settings(d.connectTimeout(), Duration.ofSeconds(timeoutSeconds), d.attempts(),
                d.firstBackoff(), d.maxRetryAfter(), d.maxConcurrent(), freshness(System.getenv()));
        return KnowledgeBase.open(dir, offline, clock, s, dev.upkeep.knowledge.EnvProxySelector.fromEnv(System.getenv()));
    }

    Freshness freshness(Map<String, String> env) {
        if (refresh) {
            return Freshness.REFRESH;
        }
        String spec = freshFor != null ? freshFor : env.get("UPKEEP_FRESH_FOR");
        String from = freshFor != null ? "--fresh-for" : "UPKEEP_FRESH_FOR";
        return spec == null || spec.isBlank() ? Freshness.DEFAULTS : parseFreshness(spec, from);
    }

    /** {@code 15m}, {@code npm=15m,pypi=2h}, {@code 1h,npm=10m}; {@code 0} alone means always revalidate. */
    static Freshness parseFreshness(String spec, String from) {
        Duration all = null;
        Map<String, Duration> bySource = new TreeMap<>();
        for (String part : spec.split(",")) {
            String p = part.strip();
            int eq = p.indexOf('=');
            try {
                if (eq < 0) {
                    all = age(p);
                } else {
                    String source = p.substring(0, eq).strip();
                    if (!SOURCES.contains(source)) {
                        throw new IllegalArgumentException("'" + source + "' is not a source (" + String.join(", ", SOURCES) + ")");
                    }
                    bySource.put(source, age(p.substring(eq + 1)));
                }
            } catch (IllegalArgumentException e) {
                throw UpkeepException.usage(from + ": " + e.getMessage());
            }
        }
        return new Freshness(all, bySource);
    }

    private static final List<String> SOURCES = List.of("npm", "pypi", "docker", "maven", "endoflife");

    private static Duration age(String text) {
        return text.strip().equals("0") ? Duration.ZERO : Durations.parse(text);
    }
}
