package dev.upkeep.probe.tls;

import dev.upkeep.config.YamlNode;
import dev.upkeep.config.YamlNode.Mapping;
import dev.upkeep.probe.Probe;
import dev.upkeep.probe.ProbeFamily;
import dev.upkeep.probe.TargetFields;
import java.util.ArrayList;
import java.util.List;

/** TLS endpoint probes: {@code targets.tls}. */
public final class TlsFamily implements ProbeFamily {
    public static final String ID = "tls";
    static final List<String> KEYS = List.of("host", "port", "name", "warnDays", "timeout", "ca", "protocols");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String configKey() {
        return "tls";
    }

    @Override
    public String description() {
        return "TLS endpoints: days left on every certificate of the chain, host name, trust, protocol versions";
    }

    @Override
    public List<Probe> probes(YamlNode section, TargetFields fields) {
        List<TlsTarget> targets = new ArrayList<>();
        List<YamlNode> entries = fields.entries(section);
        for (int i = 0; i < entries.size(); i++) {
            String field = "targets.tls[" + i + "]";
            targets.add(fields.entry(entries.get(i), field, TlsFamily::parse, m -> read(m, field, fields)));
        }
        return probes(targets);
    }

    private static TlsTarget parse(String text) {
        try {
            return TlsTarget.parse(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not host, host:port or [address]:port");
        }
    }

    private static TlsTarget read(Mapping m, String field, TargetFields f) {
        f.nodes().onlyKnownKeys(m, field, KEYS);
        String host = f.requiredString(m, "host", field);
        try {
            return new TlsTarget(host, (int) f.integer(m, "port", field, 443, 1), f.string(m, "name", field, host),
                    (int) f.integer(m, "warnDays", field, TlsTarget.DEFAULT_WARN_DAYS, 0),
                    f.duration(m, "timeout", field, TlsTarget.DEFAULT_TIMEOUT), f.path(m, "ca", field),
                    f.bool(m, "protocols", field, true));
        } catch (IllegalArgumentException e) {
            throw f.nodes().fail(m, field, e.getMessage());
        }
    }

    public static List<Probe> probes(List<TlsTarget> targets) {
        return targets.stream().<Probe>map(TlsProbe::new).toList();
    }
}
