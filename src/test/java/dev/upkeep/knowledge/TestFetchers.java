package dev.upkeep.knowledge;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/** Fetchers for source tests: short timeouts, a clock moved by hand, sleeps recorded instead of slept. */
public final class TestFetchers {
    private TestFetchers() {}

    public static HttpFetcher fetcher(Path cacheDir, Clock clock, List<Duration> slept, boolean offline) {
        HttpFetcher.Settings s = new HttpFetcher.Settings(Duration.ofSeconds(2), Duration.ofMillis(700), 3,
                Duration.ofMillis(100), Duration.ofSeconds(60), 4);
        return new HttpFetcher(new DiskCache(cacheDir), clock, s, slept::add, offline);
    }

    /** A clock tests move by hand. */
    public static final class MutableClock extends Clock {
        private volatile Instant now;

        public MutableClock(Instant now) {
            this.now = now;
        }

        public void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
