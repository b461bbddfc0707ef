package dev.upkeep.knowledge.osv;

import dev.upkeep.knowledge.Advisory;
import dev.upkeep.knowledge.Fetched;
import dev.upkeep.knowledge.HttpFetcher;
import dev.upkeep.knowledge.SourceUnavailableException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Reads OSV records by id ({@code GET {base}/v1/vulns/{id}}) through the HTTP cache. The batch
 * answer says when each record was last modified: a cached copy at least that new is used without
 * asking, however old the copy; an older one is fetched again. When the batch gives no time, a
 * cached copy is good for {@link #FRESH}. A record OSV cannot give is taken from the imported data
 * when it is there. Withdrawn records are left out.
 */
final class OsvRecords {
    static final Duration FRESH = Duration.ofDays(1);
    /** The freshness of a copy the batch answer confirmed current: it stays good until OSV says otherwise. */
    private static final Duration CONFIRMED = Duration.ofDays(36500);
    private static final int THREADS = 8;

    private final HttpFetcher http;
    private final String base;
    private final OsvOfflineSource imported;
    private final Consumer<String> notes;

    OsvRecords(HttpFetcher http, String base, OsvOfflineSource imported, Consumer<String> notes) {
        this.http = http;
        this.base = base;
        this.imported = imported;
        this.notes = notes;
    }

    /** The current records of these ids ({@code id → modified} from the batch answer), by id. */
    Map<String, Advisory> fetch(Map<String, String> modified) {
        Map<String, Advisory> out = Collections.synchronizedMap(new TreeMap<>());
        List<String> stale = Collections.synchronizedList(new ArrayList<>());
        List<String> failed = Collections.synchronizedList(new ArrayList<>());
        if (modified.isEmpty()) {
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(THREADS, modified.size()), r -> {
            Thread t = new Thread(r, "upkeep-osv");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> jobs = new ArrayList<>();
            modified.forEach((id, when) -> jobs.add(pool.submit(() -> {
                try {
                    one(id, OsvJson.instant(when), stale).ifPresent(a -> out.put(id, a));
                } catch (SourceUnavailableException | IOException e) {
                    failed.add(id + " (" + e.getMessage() + ")");
                    importedCopy(id).ifPresent(a -> out.put(id, a));
                }
            })));
            for (Future<?> f : jobs) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("OSV record worker failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        if (!stale.isEmpty()) {
            notes.accept("osv: " + stale.size() + " advisory records from the cache because OSV failed (" + stale.get(0) + ")");
        }
        if (!failed.isEmpty()) {
            Collections.sort(failed);
            long recovered = failed.stream().filter(f -> out.containsKey(f.substring(0, f.indexOf(' ')))).count();
            notes.accept("osv: " + failed.size() + " advisory records could not be read, " + recovered + " taken from "
                    + imported.describe() + " (first: " + failed.get(0) + ")");
        }
        return out;
    }

    private Optional<Advisory> one(String id, Instant batchModified, List<String> stale) throws IOException {
        URI uri = URI.create(base + "/v1/vulns/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
        Fetched f = http.get(uri, Map.of(), batchModified == null ? FRESH : CONFIRMED);
        Optional<Advisory> a = OsvJson.parseCurrent(f.body(), "osv");
        boolean outdated = batchModified != null && f.origin() == Fetched.Origin.CACHE_FRESH
                && a.map(x -> x.modified() == null || x.modified().isBefore(batchModified)).orElse(false);
        if (outdated) {
            f = http.get(uri, Map.of(), Duration.ZERO);
            a = OsvJson.parseCurrent(f.body(), "osv");
        }
        if (f.degraded() && f.note() != null) {
            stale.add(f.note());
        }
        return a;
    }

    private Optional<Advisory> importedCopy(String id) {
        try {
            return imported.record(id);
        } catch (SourceUnavailableException e) {
            return Optional.empty();
        }
    }
}
