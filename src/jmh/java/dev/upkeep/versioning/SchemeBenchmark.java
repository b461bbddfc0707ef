package dev.upkeep.versioning;

import dev.upkeep.versioning.registry.VersionSchemes;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parse, compare and satisfies throughput of every scheme through the {@link VersionScheme}
 * interface, on 16 realistic versions and 8 realistic ranges per scheme. Scores are per single
 * operation (each invocation loops over the sample).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SchemeBenchmark {
    static final Map<String, String[]> VERSIONS = Map.of(
            "npm", new String[] {"1.2.3", "0.14.7", "4.17.21", "18.2.0", "15.0.0-canary.12", "3.12.0-rc.1", "7.8.5", "2.0.0",
                "1.0.0", "10.4.1", "1.0.0-alpha.beta", "5.0.0-beta.3", "0.0.1", "20.11.1", "13.5.6", "1.10.0"},
            "pep440", new String[] {"1.0", "2.31.0", "0.110.0", "3.12.4", "1.0.post1", "2.0rc1", "1!1.0", "4.0.0.dev3",
                "1.26.4", "0.0.6", "2024.7.4", "1.10.13", "3.1.2", "6.0.1", "0.22.0", "42.0.5"},
            "docker", new String[] {"3.12-slim-bookworm", "3.13-slim-bookworm", "3.11-slim-bookworm", "3.12.4-slim-bookworm",
                "3.9-slim-bookworm", "3.10-slim-bookworm", "3.14-slim-bookworm", "3.12.1-slim-bookworm", "3.12.2-slim-bookworm",
                "3.13.1-slim-bookworm", "3.8-slim-bookworm", "3.12.0-slim-bookworm", "3.11.9-slim-bookworm",
                "3.10.14-slim-bookworm", "3.13.0-slim-bookworm", "3.9.19-slim-bookworm"},
            "maven", new String[] {"1.0", "2.17.1", "32.1.3-jre", "5.10.2", "1.0-SNAPSHOT", "2.0.0-M1", "3.9.11", "6.1.4",
                "1.0.0.RELEASE", "4.13.2", "2.15.0-rc1", "1.7.36", "3.14.0", "9.4.53.v20231009", "2.22.4", "1.5.0"},
            "loose", new String[] {"1.1.1w", "2.4.58-1+deb12u1", "3.0.13", "1:2.3.4", "8.2.1", "7.0.15", "1.24.0", "3.20.3",
                "12.22", "5.4.0-1", "2.36.1", "1.1.1t", "9.6.24", "16.4", "17.2", "3.18.6"});
    static final Map<String, String[]> RANGES = Map.of(
            "npm", new String[] {"^1.2.3", "~0.14.0", ">=4.17.0 <5", "18.x", "^7 || ^8", "*", ">=2.0.0", "^13.4.0"},
            "pep440", new String[] {">=2.31", "~=0.110", "==3.12.*", ">=1.0,<2", "!=1.0.post1", ">1.0rc1", "<=6.0.1", "~=1.26.0"},
            "docker", new String[] {"3.12-slim-bookworm", "3.13-slim-bookworm", "3.11-slim-bookworm", "3.12.4-slim-bookworm",
                "3.9-slim-bookworm", "3.10-slim-bookworm", "3.14-slim-bookworm", "3.12.1-slim-bookworm"},
            "maven", new String[] {"[1.0,2.0)", "[2.17,)", "(,32.1.3-jre]", "[5.10.2]", "[1,2),[3,4)", "(1.0,)", "[3.9,3.10)", "[6,7)"},
            "loose", new String[] {">=1.1.1", "<3", ">=2.4.58,<2.5", "*", "=8.2.1", "!=7.0.15", ">1.0", "<=17.2"});

    @Param({"npm", "pep440", "docker", "maven", "loose"})
    public String scheme;

    private VersionScheme s;
    private String[] texts;
    private Version[] versions;
    private VersionRange[] ranges;

    @Setup
    public void setUp() {
        s = VersionSchemes.byId(scheme);
        texts = VERSIONS.get(scheme);
        versions = new Version[texts.length];
        for (int i = 0; i < texts.length; i++) {
            versions[i] = s.parse(texts[i]);
        }
        String[] r = RANGES.get(scheme);
        ranges = new VersionRange[r.length];
        for (int i = 0; i < r.length; i++) {
            ranges[i] = s.parseRange(r[i]);
        }
    }

    @Benchmark
    @OperationsPerInvocation(16)
    public void parse(Blackhole bh) {
        for (String t : texts) {
            bh.consume(s.parse(t));
        }
    }

    @Benchmark
    @OperationsPerInvocation(16)
    public void compare(Blackhole bh) {
        for (int i = 0; i < versions.length; i++) {
            bh.consume(versions[i].compareTo(versions[(i + 7) % versions.length]));
        }
    }

    @Benchmark
    @OperationsPerInvocation(128)
    public void satisfies(Blackhole bh) {
        for (VersionRange r : ranges) {
            for (Version v : versions) {
                bh.consume(r.contains(v));
            }
        }
    }
}
