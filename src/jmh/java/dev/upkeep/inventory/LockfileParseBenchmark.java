package dev.upkeep.inventory;

import dev.upkeep.inventory.npm.packagelock.PackageLockExtractor;
import dev.upkeep.inventory.python.uvlock.UvLockExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Lockfile parsing speed: the package-lock.json and uv.lock extractors on generated lockfiles
 * shaped like real ones (nested copies, integrity hashes, engines, dependency maps; sdists and
 * wheels with hashes). Reports milliseconds per file; MB/s is printed at tear-down from the file
 * size, so docs/benchmarks/scan.md can quote it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LockfileParseBenchmark {
    @Param({"5000", "72000"})
    public int packages;

    private ExtractorInput packageLock;
    private ExtractorInput uvLock;
    private double packageLockMb;
    private double uvLockMb;
    private final PackageLockExtractor npm = new PackageLockExtractor();
    private final UvLockExtractor uv = new UvLockExtractor();

    @Setup
    public void setUp() {
        String lock = packageLock(packages);
        String uvText = uvLock(Math.max(500, packages / 10));
        packageLockMb = lock.getBytes(StandardCharsets.UTF_8).length / 1e6;
        uvLockMb = uvText.getBytes(StandardCharsets.UTF_8).length / 1e6;
        packageLock = input("package-lock.json", lock);
        uvLock = input("uv.lock", uvText);
    }

    @Benchmark
    public Extraction packageLockJson() throws IOException {
        return npm.extract(packageLock);
    }

    @Benchmark
    public Extraction uvLock() throws IOException {
        return uv.extract(uvLock);
    }

    @TearDown
    public void sizes() {
        System.out.printf("%n[sizes] packages=%d package-lock.json %.1f MB, uv.lock %.1f MB%n", packages, packageLockMb, uvLockMb);
    }

    static ExtractorInput input(String path, String text) {
        return new ExtractorInput() {
            public String path() {
                return path;
            }

            public String text() {
                return text;
            }

            public Optional<ExtractorInput> open(String relativePath) {
                return Optional.empty();
            }
        };
    }

    static String packageLock(int packages) {
        StringBuilder sb = new StringBuilder(packages * 420);
        sb.append("{\n  \"name\": \"big\",\n  \"version\": \"1.0.0\",\n  \"lockfileVersion\": 3,\n  \"requires\": true,\n  \"packages\": {\n");
        sb.append("    \"\": {\n      \"name\": \"big\",\n      \"dependencies\": {\n        \"pkg-0\": \"^1.0.0\"\n      }\n    }");
        for (int i = 0; i < packages; i++) {
            String path = i % 3 == 0 ? "node_modules/pkg-" + i : "node_modules/pkg-" + (i - i % 3) + "/node_modules/pkg-" + i;
            sb.append(",\n    \"").append(path).append("\": {\n")
                    .append("      \"version\": \"").append(i % 7).append('.').append(i % 13).append('.').append(i % 5).append("\",\n")
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

    static String uvLock(int packages) {
        StringBuilder sb = new StringBuilder("version = 1\nrevision = 3\nrequires-python = \">=3.12\"\n\n");
        sb.append("[[package]]\nname = \"api\"\nversion = \"0.1.0\"\nsource = { editable = \".\" }\ndependencies = [\n");
        for (int i = 0; i < Math.min(30, packages); i++) {
            sb.append("    { name = \"py-pkg-").append(i).append("\" },\n");
        }
        sb.append("]\n\n");
        for (int i = 0; i < packages; i++) {
            String v = (i % 5) + "." + (i % 11) + "." + (i % 7);
            sb.append("[[package]]\nname = \"py-pkg-").append(i).append("\"\nversion = \"").append(v).append("\"\n")
                    .append("source = { registry = \"https://pypi.org/simple\" }\n")
                    .append("dependencies = [\n    { name = \"py-pkg-").append((i * 17 + 1) % packages).append("\" },\n]\n")
                    .append("sdist = { url = \"https://files.pythonhosted.org/packages/ab/py-pkg-").append(i).append('-').append(v)
                    .append(".tar.gz\", hash = \"sha256:").append("a".repeat(64)).append("\", size = ").append(10000 + i).append(" }\n")
                    .append("wheels = [\n    { url = \"https://files.pythonhosted.org/packages/cd/py_pkg_").append(i).append('-').append(v)
                    .append("-py3-none-any.whl\", hash = \"sha256:").append("b".repeat(64)).append("\", size = ").append(20000 + i).append(" },\n]\n\n");
        }
        return sb.toString();
    }
}
