package dev.upkeep.versioning.npm;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the npm scheme on a realistic mix: parsing versions, comparing them, and testing
 * pre-parsed ranges (the hot path of drift: every release of a package against its declared
 * range). Each invocation runs over the whole sample, so results are per single operation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class NpmSemverBenchmark {
    static final String[] VERSIONS = {
        "1.2.3", "0.14.7", "4.17.21", "18.2.0", "15.0.0-canary.12", "3.12.0-rc.1", "7.8.5", "2.0.0",
        "v1.0.0", "10.4.1", "1.0.0-alpha.beta", "5.0.0-beta.3+build.11", "0.0.1", "20.11.1", "13.5.6", "1.10.0",
    };
    static final String[] RANGES = {
        "^1.2.3", "~0.14.0", ">=4.17.0 <5", "18.x", "^15.0.0-canary.1", "3.12.0 - 3.13.0", "*", "^7 || ^8",
        ">=2.0.0", "1.x || >=10.0.0 <11", "~1.0.0-alpha", "^5.0.0-0", "0.0.1", ">=18.17.0", "^13.4.0", "~1.9",
    };

    private final NpmSemver npm = NpmSemver.DEFAULT;
    private SemVer[] parsed;
    private Range[] ranges;

    @Setup
    public void setUp() {
        parsed = new SemVer[VERSIONS.length];
        ranges = new Range[RANGES.length];
        for (int i = 0; i < VERSIONS.length; i++) {
            parsed[i] = npm.parse(VERSIONS[i]);
            ranges[i] = npm.range(RANGES[i]);
        }
    }

    @Benchmark
    @OperationsPerInvocation(16)
    public void parse(Blackhole bh) {
        for (String v : VERSIONS) {
            bh.consume(npm.parse(v));
        }
    }

    @Benchmark
    @OperationsPerInvocation(16)
    public void parseRange(Blackhole bh) {
        for (String r : RANGES) {
            bh.consume(npm.range(r));
        }
    }

    @Benchmark
    @OperationsPerInvocation(256)
    public void compare(Blackhole bh) {
        for (SemVer a : parsed) {
            for (SemVer b : parsed) {
                bh.consume(a.compareTo(b));
            }
        }
    }

    /** Pre-parsed range against pre-parsed version: what drift does per release. */
    @Benchmark
    @OperationsPerInvocation(256)
    public void satisfies(Blackhole bh) {
        for (Range r : ranges) {
            for (SemVer v : parsed) {
                bh.consume(r.test(v));
            }
        }
    }

    /** Pre-parsed range against version text (the version is parsed each time). */
    @Benchmark
    @OperationsPerInvocation(256)
    public void satisfiesText(Blackhole bh) {
        for (Range r : ranges) {
            for (String v : VERSIONS) {
                bh.consume(r.test(v));
            }
        }
    }
}
