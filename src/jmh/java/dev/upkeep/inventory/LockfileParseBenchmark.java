package dev.upkeep.inventory;

import dev.upkeep.inventory.npm.packagelock.PackageLockExtractor;
import dev.upkeep.inventory.npm.pnpm.PnpmLockExtractor;
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
 * Lockfile parsing speed: the package-lock.json, uv.lock and pnpm-lock.yaml extractors on
 * generated lockfiles shaped like real ones (nested copies, integrity hashes, engines, dependency
 * maps; sdists and wheels with hashes; pnpm 9 importers, packages and peer-suffixed snapshots). Reports milliseconds per file; MB/s is printed at tear-down from the file
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
    private ExtractorInput pnpmLock;
    private double packageLockMb;
    private double uvLockMb;
    private double pnpmLockMb;
    private final PackageLockExtractor npm = new PackageLockExtractor();
    private final UvLockExtractor uv = new UvLockExtractor();
    private final PnpmLockExtractor pnpm = new PnpmLockExtractor();

    @Setup
    public void setUp() {
        String lock = packageLock(packages);
        String uvText = uvLock(Math.max(500, packages / 10));
        packageLockMb = lock.getBytes(StandardCharsets.UTF_8).length / 1e6;
        uvLockMb = uvText.getBytes(StandardCharsets.UTF_8).length / 1e6;
        packageLock = input("package-lock.json", lock);
        uvLock = input("uv.lock", uvText);
        String pnpmText = pnpmLock(Math.max(2000, packages / 10));
        pnpmLockMb = pnpmText.getBytes(StandardCharsets.UTF_8).length / 1e6;
        pnpmLock = input("pnpm-lock.yaml", pnpmText);
    }

    @Benchmark
    public Extraction packageLockJson() throws IOException {
        return npm.extract(packageLock);
    }

    @Benchmark
    public Extraction uvLock() throws IOException {
        return uv.extract(uvLock);
    }

    @Benchmark
    public Extraction pnpmLockYaml() throws IOException {
        return pnpm.extract(pnpmLock);
    }

    @TearDown
    public void sizes() {
        System.out.printf("%n[sizes] packages=%d package-lock.json %.1f MB, uv.lock %.1f MB (%d packages), pnpm-lock.yaml %.1f MB (%d packages)%n",
                packages, packageLockMb, uvLockMb, Math.max(500, packages / 10), pnpmLockMb, Math.max(2000, packages / 10));
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

    /**
     * A pnpm 9 lockfile the way pnpm writes it: three importers (one linking another), then
     * {@code packages} (integrity, engines, peer declarations, os/cpu lists) and {@code snapshots}
     * (dependency maps, peer-suffixed variants, transitive peer lists, empty {@code {}} entries).
     * Every tenth package takes a peer, and is installed in two peer variants.
     */
    static String pnpmLock(int packages) {
        StringBuilder sb = new StringBuilder(packages * 520);
        sb.append("lockfileVersion: '9.0'\n\nsettings:\n  autoInstallPeers: true\n  excludeLinksFromLockfile: false\n\nimporters:\n\n  .:\n");
        sb.append("    dependencies:\n");
        for (int i = 0; i < Math.min(40, packages); i++) {
            sb.append("      ").append(pnpmKey(pnpmName(i))).append(":\n        specifier: ^").append(pnpmVersion(i))
                    .append("\n        version: ").append(pnpmRef(i, 0)).append('\n');
        }
        sb.append("    devDependencies:\n");
        for (int i = 40; i < Math.min(60, packages); i++) {
            sb.append("      ").append(pnpmKey(pnpmName(i))).append(":\n        specifier: ~").append(pnpmVersion(i))
                    .append("\n        version: ").append(pnpmRef(i, 1)).append('\n');
        }
        sb.append("\n  packages/app:\n    dependencies:\n      '@big/lib':\n        specifier: workspace:^\n        version: link:../lib\n")
                .append("      pkg-1:\n        specifier: '>=1.0.0 <3'\n        version: ").append(pnpmRef(1, 0)).append('\n')
                .append("\n  packages/lib:\n    dependencies:\n      pkg-2:\n        specifier: ^2.0.0\n        version: ").append(pnpmRef(2, 0))
                .append("\n\npackages:\n\n");
        for (int i = 0; i < packages; i++) {
            sb.append("  ").append(pnpmKey(pnpmName(i) + "@" + pnpmVersion(i))).append(":\n")
                    .append("    resolution: {integrity: sha512-").append(pnpmHash(i)).append("==}\n");
            if (i % 4 == 0) {
                sb.append("    engines: {node: '>=14'}\n");
            }
            if (i % 10 == 0) {
                sb.append("    peerDependencies:\n      react: ^17.0.0 || ^18.0.0\n    peerDependenciesMeta:\n      react:\n        optional: true\n");
            }
            if (i % 50 == 0) {
                sb.append("    cpu: [x64, arm64]\n    os: [linux, darwin]\n    hasBin: true\n");
            }
            if (i % 97 == 0) {
                sb.append("    deprecated: Use pkg-").append(i + 1).append(" instead\n");
            }
            sb.append('\n');
        }
        sb.append("  react@17.0.2:\n    resolution: {integrity: sha512-").append(pnpmHash(packages + 1)).append("==}\n    engines: {node: '>=0.10.0'}\n\n")
                .append("  react@18.3.1:\n    resolution: {integrity: sha512-").append(pnpmHash(packages + 2)).append("==}\n    engines: {node: '>=0.10.0'}\n\n");
        sb.append("snapshots:\n\n  react@17.0.2: {}\n\n  react@18.3.1: {}\n\n");
        for (int i = 0; i < packages; i++) {
            for (int variant = 0; variant < (i % 10 == 0 ? 2 : 1); variant++) {
                sb.append("  ").append(pnpmKey(pnpmName(i) + "@" + pnpmRef(i, variant))).append(':');
                int deps = i % 5;
                boolean peer = i % 10 == 0;
                if (deps == 0 && !peer) {
                    sb.append(" {}\n\n");
                    continue;
                }
                sb.append("\n    dependencies:\n");
                if (peer) {
                    sb.append("      react: ").append(variant == 0 ? "18.3.1" : "17.0.2").append('\n');
                }
                for (int k = 1; k <= deps; k++) {
                    int d = (i * 31 + k * 7) % packages;
                    sb.append("      ").append(pnpmKey(pnpmName(d))).append(": ").append(pnpmRef(d, variant)).append('\n');
                }
                if (i % 20 == 3) {
                    sb.append("    optionalDependencies:\n      ").append(pnpmKey(pnpmName((i + 1) % packages))).append(": ")
                            .append(pnpmRef((i + 1) % packages, 0)).append('\n');
                }
                if (i % 6 == 1) {
                    sb.append("    transitivePeerDependencies:\n      - supports-color\n      - '@types/node'\n");
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static String pnpmName(int i) {
        return i % 7 == 0 ? "@scope" + i % 40 + "/pkg-" + i : "pkg-" + i;
    }

    private static String pnpmVersion(int i) {
        return (1 + i % 9) + "." + i % 13 + "." + i % 17;
    }

    /** The reference to package {@code i}'s snapshot: its version, and for peer-taking packages a peer suffix. */
    private static String pnpmRef(int i, int variant) {
        return pnpmVersion(i) + (i % 10 != 0 ? "" : variant == 0 ? "(react@18.3.1)" : "(react@17.0.2)");
    }

    /** A mapping key quoted the way pnpm quotes it: scoped names start with {@code @}, which plain YAML scalars cannot. */
    private static String pnpmKey(String key) {
        return key.startsWith("@") ? "'" + key + "'" : key;
    }

    private static String pnpmHash(int i) {
        String base = Integer.toString(i * 7919 + 17, 36);
        StringBuilder h = new StringBuilder(86);
        while (h.length() < 86) {
            h.append(base).append('+').append(base.length()).append('/');
        }
        return h.substring(0, 86);
    }
}
