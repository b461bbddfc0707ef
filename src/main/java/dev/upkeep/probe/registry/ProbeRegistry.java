package dev.upkeep.probe.registry;

import dev.upkeep.probe.ProbeFamily;
import dev.upkeep.probe.backup.BackupFamily;
import dev.upkeep.probe.disk.DiskFamily;
import dev.upkeep.probe.http.HttpFamily;
import dev.upkeep.probe.postgres.PostgresFamily;
import dev.upkeep.probe.redis.RedisFamily;
import dev.upkeep.probe.tls.TlsFamily;
import java.util.List;

/** Every built-in probe family, one line each, in the order reports list them. */
public final class ProbeRegistry {
    private ProbeRegistry() {}

    public static List<ProbeFamily> all() {
        return List.of(
                new HttpFamily(),
                new TlsFamily(),
                new PostgresFamily(),
                new RedisFamily(),
                new BackupFamily(),
                new DiskFamily()
        );
    }
}
