package dev.upkeep.probe.tls;

import dev.upkeep.probe.Probe;
import java.util.List;

/** TLS endpoint probes: {@code targets.tls}. */
public final class TlsFamily {
    public static final String ID = "tls";

    private TlsFamily() {}

    public static List<Probe> probes(List<TlsTarget> targets) {
        return targets.stream().<Probe>map(TlsProbe::new).toList();
    }
}
