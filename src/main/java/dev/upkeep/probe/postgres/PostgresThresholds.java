package dev.upkeep.probe.postgres;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * When a PostgreSQL measurement becomes a finding. Defaults come from the runbooks (connections
 * under 80% of the limit) and, where they say nothing, from PostgreSQL's own autovacuum triggers
 * and PgHero's checks; docs/check-postgres.md lists each beside its check_postgres equivalent.
 *
 * @param connectionsPct share of usable connections ({@code max_connections} minus the reserved
 *     ones) in use
 * @param deadTuplesPct dead tuples as a share of live ones
 * @param deadTuplesMin fewer dead tuples than this are never a finding (small tables)
 * @param vacuumAge time since the last (auto)vacuum of a table holding dead tuples
 * @param analyzeAge time since the last (auto)analyze of a table changed since then
 * @param bloatPct estimated wasted share of a table or index
 * @param bloatMinBytes less estimated waste than this is never a finding
 * @param unusedIndexStatsAge statistics younger than this (reset, or a new server) say too little
 *     to call an index unused
 * @param xidAgePct transaction ID age as a share of the 2^31 wraparound horizon
 * @param idleInTransaction how long a session may sit idle inside a transaction
 * @param longRunning how long a statement may run
 * @param cacheHitPct lowest acceptable share of block reads served from shared buffers
 * @param cacheMinReads fewer block reads than this are too few to judge the cache hit ratio
 * @param slowQueryMean mean execution time from which a statement is slow (pg_stat_statements)
 * @param slowQueryCalls fewer calls than this are never a slow-query finding
 */
public record PostgresThresholds(
        double connectionsPct,
        double deadTuplesPct,
        long deadTuplesMin,
        Duration vacuumAge,
        Duration analyzeAge,
        double bloatPct,
        long bloatMinBytes,
        Duration unusedIndexStatsAge,
        double xidAgePct,
        Duration idleInTransaction,
        Duration longRunning,
        double cacheHitPct,
        long cacheMinReads,
        Duration slowQueryMean,
        long slowQueryCalls) {

    public static final PostgresThresholds DEFAULTS = new PostgresThresholds(80, 20, 1_000, Duration.ofDays(7), Duration.ofDays(7),
            50, 10L << 20, Duration.ofDays(7), 50, Duration.ofMinutes(5), Duration.ofMinutes(5), 99, 10_000, Duration.ofMillis(100), 10);

    public PostgresThresholds {
        requireNonNull(vacuumAge, "vacuumAge is null");
        requireNonNull(analyzeAge, "analyzeAge is null");
        requireNonNull(unusedIndexStatsAge, "unusedIndexStatsAge is null");
        requireNonNull(idleInTransaction, "idleInTransaction is null");
        requireNonNull(longRunning, "longRunning is null");
        requireNonNull(slowQueryMean, "slowQueryMean is null");
    }
}
