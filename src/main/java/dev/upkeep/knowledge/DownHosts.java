package dev.upkeep.knowledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Hosts found unreachable (a refused connection, a name that does not resolve, no connection within
 * the connect timeout): not asked again in this run, nor, through a small file beside the cache,
 * in the runs of the next {@link #REMEMBERED} minutes. Their sources answer at once from the cache
 * or imported snapshots and say why, instead of every run waiting for the same dead host. A run
 * told to refresh everything ({@link Freshness#REFRESH}) asks them again.
 *
 * <p>The file holds one line per host: {@code host:port TAB epoch-second TAB why}.
 */
final class DownHosts {
    static final Duration REMEMBERED = Duration.ofMinutes(10);

    private record Down(Instant at, String why, boolean thisRun) {}

    private final Path file;
    private final Clock clock;
    private final boolean askAgain;
    private Map<String, Down> known;

    /**
     * @param file where to remember them across runs, or {@code null} for this run only
     * @param askAgain forget what earlier runs found
     */
    DownHosts(Path file, Clock clock, boolean askAgain) {
        this.file = file;
        this.clock = clock;
        this.askAgain = askAgain;
    }

    /** Why {@code host} (host:port) is not to be asked, if it is down. */
    synchronized Optional<String> failure(String host) {
        Down d = known().get(host);
        if (d == null) {
            return Optional.empty();
        }
        if (d.thisRun()) {
            return Optional.of(d.why());
        }
        Duration ago = Duration.between(d.at(), clock.instant());
        return Optional.of(d.why() + " " + Ages.human(ago) + " ago; not asked again for "
                + Ages.human(REMEMBERED.minus(ago)));
    }

    synchronized void mark(String host, String why) {
        if (known().putIfAbsent(host, new Down(clock.instant(), why, true)) != null || file == null) {
            return;
        }
        StringBuilder out = new StringBuilder();
        known.forEach((h, d) -> out.append(h).append('\t').append(d.at().getEpochSecond()).append('\t')
                .append(d.why().replaceAll("[\\t\\r\\n]", " ")).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            DiskCache.atomicWrite(file, out.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException ignored) {
            // remembered for this run only
        }
    }

    private Map<String, Down> known() {
        if (known == null) {
            known = new TreeMap<>();
            if (file != null && !askAgain && Files.isRegularFile(file)) {
                read();
            }
        }
        return known;
    }

    private void read() {
        Instant now = clock.instant();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", 3);
                if (f.length == 3) {
                    Instant at = Instant.ofEpochSecond(Long.parseLong(f[1]));
                    if (!at.isAfter(now) && at.plus(REMEMBERED).isAfter(now)) {
                        known.put(f[0], new Down(at, f[2], false));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            known.clear(); // unreadable: ask every host again
        }
    }
}
