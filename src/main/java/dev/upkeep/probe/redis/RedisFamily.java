package dev.upkeep.probe.redis;

import dev.upkeep.config.YamlNode;
import dev.upkeep.config.YamlNode.Mapping;
import dev.upkeep.probe.Probe;
import dev.upkeep.probe.ProbeFamily;
import dev.upkeep.probe.SecretRef;
import dev.upkeep.probe.TargetFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Redis probes: {@code targets.redis}. */
public final class RedisFamily implements ProbeFamily {
    public static final String ID = "redis";
    static final List<String> KEYS = List.of("url", "name", "role", "memory", "timeout", "ca");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String configKey() {
        return "redis";
    }

    @Override
    public String description() {
        return "Redis: version, memory against maxmemory, eviction policy for a queue or a cache";
    }

    @Override
    public List<Probe> probes(YamlNode section, TargetFields fields) {
        List<RedisTarget> targets = new ArrayList<>();
        List<YamlNode> entries = fields.entries(section);
        for (int i = 0; i < entries.size(); i++) {
            String field = "targets.redis[" + i + "]";
            targets.add(fields.entry(entries.get(i), field, text -> RedisTarget.of(TargetFields.secret(text)), m -> read(m, field, fields)));
        }
        return probes(targets);
    }

    private static RedisTarget read(Mapping m, String field, TargetFields f) {
        f.nodes().onlyKnownKeys(m, field, KEYS);
        SecretRef url = f.secret(f.nodes().required(m, "url", field), field + ".url");
        String role = f.string(m, "role", field, "queue").toLowerCase(Locale.ROOT);
        if (!role.equals("queue") && !role.equals("cache")) {
            throw f.nodes().fail(m.get("role").orElseThrow(), field + ".role", "'" + role + "' is not queue or cache");
        }
        return new RedisTarget(f.string(m, "name", field, url.toString()), url,
                role.equals("queue") ? RedisTarget.Role.QUEUE : RedisTarget.Role.CACHE,
                f.percent(m, "memory", field, RedisTarget.DEFAULT_MEMORY_PCT),
                f.duration(m, "timeout", field, RedisTarget.DEFAULT_TIMEOUT), f.path(m, "ca", field));
    }

    public static List<Probe> probes(List<RedisTarget> targets) {
        return targets.stream().<Probe>map(RedisProbe::new).toList();
    }
}
