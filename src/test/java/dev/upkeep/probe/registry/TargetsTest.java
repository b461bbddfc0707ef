package dev.upkeep.probe.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.upkeep.config.ConfigLoader;
import dev.upkeep.config.UpkeepConfig;
import dev.upkeep.domain.UpkeepException;
import dev.upkeep.probe.Probe;
import dev.upkeep.probe.Targets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code targets:} of upkeep.yml, read by the registered families. */
class TargetsTest {
    static final Path ROOT = Path.of("/srv/stack");

    static List<Probe> read(String yaml, String... only) {
        UpkeepConfig config = ConfigLoader.parse(yaml, "upkeep.yml");
        return Targets.probes(config, ROOT, ProbeRegistry.all(), Set.of(only));
    }

    static List<String> described(List<Probe> probes) {
        return probes.stream().map(p -> p.family() + " " + p.target() + " " + p.timeout().toSeconds() + "s").toList();
    }

    @Test
    void theShortFormsOfTheDesignSketchRead() {
        List<Probe> probes = read("""
                targets:  {health: [https://api.example.com/health], tls: [api.example.com:443],
                           postgres: {url: "env:DATABASE_URL"}, backups: {dir: /backups, rpo: 24h, rto: 1h}}
                """);
        assertThat(described(probes)).containsExactly(
                "http https://api.example.com/health 10s",
                "tls api.example.com:443 10s",
                "postgres env:DATABASE_URL 60s",
                "backup /backups 600s");
    }

    @Test
    void everyFamilyReadsItsLongForm() {
        List<Probe> probes = read("""
                targets:
                  health:
                    - url: https://api.example.com/health/ready
                      expect: [200, 204]
                      latency: 300ms
                      timeout: 5s
                      samples: 20
                      errorRate: 1%
                      securityHeaders: false
                  tls:
                    - {host: 10.0.0.5, port: 8443, name: api.internal, warnDays: 45, timeout: 3s, protocols: false}
                  postgres:
                    - url: file:secrets/db.url
                      name: main
                      timeout: 30s
                      thresholds: {connections: 70%, deadTuples: 10%, bloat: 40%, bloatMin: 50MB, idleInTransaction: 1m, slowQuery: 250ms}
                  redis:
                    - {url: "env:REDIS_URL", name: cache, role: cache, memory: 90%}
                  backups:
                    - dir: backups
                      name: nightly
                      pattern: "db-*.dump"
                      rpo: 26h
                      database: env:DATABASE_URL
                      restore:
                        into: env:SCRATCH_URL
                        assertions: ["SELECT count(*) > 0 FROM users"]
                        jobs: 4
                  disk:
                    - /var/lib/postgresql
                    - {path: backups, threshold: 80%}
                """);
        assertThat(described(probes)).containsExactly(
                "http https://api.example.com/health/ready 5s",
                "tls 10.0.0.5:8443 3s",
                "postgres main 30s",
                "redis cache 10s",
                "backup nightly 600s",
                "disk /var/lib/postgresql 10s",
                "disk /srv/stack/backups 10s");
    }

    @Test
    void onlyKeepsTheNamedFamiliesByIdOrKey() {
        String yaml = "targets:\n  health: [http://a/health]\n  disk: [/]\n  backups: [/b]\n";
        assertThat(read(yaml, "http", "backups")).extracting(Probe::family).containsExactly("http", "backup");
    }

    @Test
    void noTargetsIsNoProbes() {
        assertThat(read("lint: {}\n")).isEmpty();
        assertThat(read("targets:\n")).isEmpty();
    }

    @Test
    void mistakesNameTheFileLineAndField() {
        assertError("targets:\n  health:\n    - url: ftp://x/\n", "upkeep.yml:3: targets.health[0].url: 'ftp://x/' is not an http:// or https:// URL");
        assertError("targets:\n  health:\n    - {url: http://x/, latency: fast}\n",
                "upkeep.yml:3: targets.health[0].latency: 'fast' is not a duration");
        assertError("targets:\n  postgres: [postgres://app:secret@db/app]\n", "targets.postgres[0]: holds a password");
        assertError("targets:\n  redis:\n    - {url: env:R, role: store}\n", "targets.redis[0].role: 'store' is not queue or cache");
        assertError("targets:\n  disk:\n    - {path: /, threshold: 120%}\n", "targets.disk[0].threshold: '120%' is not a percentage");
        assertError("targets:\n  postgres:\n    - {url: env:X, thresholds: {deadTuple: 5%}}\n",
                "targets.postgres[0].thresholds.deadTuple: unknown key");
        assertError("targets:\n  backups:\n    - {dir: /b, restore: {assertions: [x]}}\n", "targets.backups[0].restore: 'into' is required");
        assertError("targets:\n  tls: [\"host:notaport\"]\n", "targets.tls[0]: 'host:notaport' is not host, host:port");
    }

    @Test
    void aLiteralUrlWithoutPasswordIsAllowed() {
        assertThat(read("targets:\n  postgres: [\"postgres://monitor@db:5432/app\"]\n")).extracting(Probe::target)
                .containsExactly("postgres://monitor@db:5432/app");
        assertThat(read("targets:\n  postgres: [\"postgres://monitor@db:5432/app\"]\n").get(0).timeout()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void aCaFileThatCannotBeReadFailsThatTargetWhenItRuns() {
        List<Probe> probes = read("targets:\n  health:\n    - {url: https://a.example/health, ca: no/such/ca.pem}\n");
        dev.upkeep.probe.ProbeResult r = new dev.upkeep.probe.ProbeRunner(java.time.Clock.systemUTC(), dev.upkeep.probe.Secrets.none())
                .run(probes, Duration.ofSeconds(5)).results().get(0);
        assertThat(r.outcome()).isEqualTo(dev.upkeep.probe.Outcome.FAILED);
        assertThat(r.error()).startsWith("cannot load the trusted certificates [/srv/stack/no/such/ca.pem]");
    }

    static void assertError(String yaml, String message) {
        assertThatThrownBy(() -> read(yaml)).as("reading " + yaml).isInstanceOf(UpkeepException.class).hasMessageContaining(message);
    }
}
