package dev.upkeep.inventory.npm.packagelock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.upkeep.inventory.Extraction;
import dev.upkeep.inventory.ExtractorInput;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Reads a generated 30 MB lockfile v3 (realistic entries: nested copies, integrity hashes, engines,
 * licences, dependency maps). Time is this thread's CPU time, so other processes on a shared
 * machine do not count (garbage collection on other threads does not either). The floor asserted
 * is far below what the reader does (see docs/conformance/lockfiles-npm.md for the measured rate):
 * it catches a reader gone quadratic, not a slow machine.
 */
class PackageLockThroughputTest {
    static String lockfile(int packages) {
        StringBuilder sb = new StringBuilder(packages * 420);
        sb.append("{\n  \"name\": \"big\",\n  \"version\": \"1.0.0\",\n  \"lockfileVersion\": 3,\n  \"requires\": true,\n  \"packages\": {\n");
        sb.append("    \"\": {\n      \"name\": \"big\",\n      \"dependencies\": {\n        \"pkg-0\": \"^1.0.0\"\n      }\n    }");
        for (int i = 0; i < packages; i++) {
            String path = i % 3 == 0 ? "node_modules/pkg-" + i : "node_modules/pkg-" + (i - i % 3) + "/node_modules/pkg-" + i;
            sb.append(",\n    \"").append(path).append("\": {\n")
                    .append("      \"version\": \"").append(i % 7).append('.').append(i % 13).append(".").append(i % 5).append("\",\n")
                    .append("      \"resolved\": \"https://registry.npmjs.org/pkg-").append(i).append("/-/pkg-").append(i).append("-1.0.0.tgz\",\n")
                    .append("      \"integrity\": \"sha512-").append("Q".repeat(86)).append("==\",\n")
                    .append(i % 4 == 0 ? "      \"dev\": true,\n" : "")
                    .append("      \"license\": \"MIT\",\n")
                    .append("      \"dependencies\": {\n        \"pkg-").append(i + 1).append("\": \"^1.0.0\",\n        \"@scope/pkg-")
                    .append(i + 2).append("\": \"~2.1.0\"\n      },\n")
                    .append("      \"engines\": {\n        \"node\": \">=14\"\n      }\n    }");
        }
        return sb.append("\n  }\n}\n").toString();
    }

    @Test
    void readsThirtyMegabytesFast() throws Exception {
        String text = lockfile(72_000);
        double mb = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
        ExtractorInput input = new ExtractorInput() {
            @Override
            public String path() {
                return "package-lock.json";
            }

            @Override
            public String text() {
                return text;
            }

            @Override
            public Optional<ExtractorInput> open(String relativePath) {
                return Optional.empty();
            }
        };
        PackageLockExtractor x = new PackageLockExtractor();
        Extraction result = null;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            long start = cpu.getCurrentThreadCpuTime();
            result = x.extract(input);
            best = Math.min(best, cpu.getCurrentThreadCpuTime() - start);
        }
        double rate = mb / (best / 1e9);
        System.out.printf("package-lock.json: %.1f MB, %d components, best of 5: %d ms CPU, %.0f MB/s%n",
                mb, result.components().size(), best / 1_000_000, rate);
        assertThat(mb).as("generated lockfile size").isGreaterThan(30);
        assertThat(result.components()).as("extract(30 MB lockfile)").isNotEmpty();
        assertThat(rate).as("extract(30 MB lockfile) MB/s").isGreaterThan(20);
    }
}
