package dev.upkeep.probe.http;

import dev.upkeep.probe.FailingProbe;
import dev.upkeep.probe.Probe;
import dev.upkeep.probe.ProbeException;
import dev.upkeep.probe.Trust;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** HTTP health probes: {@code targets.health}. */
public final class HttpFamily {
    public static final String ID = "http";

    private HttpFamily() {}

    /**
     * One probe per target. Targets that trust the same CAs share one client (and its connection
     * pool and selector thread), so a hundred URLs cost a hundred requests, not a hundred clients.
     */
    public static List<Probe> probes(List<HealthTarget> targets) {
        Map<Optional<Path>, HttpClient> clients = new HashMap<>();
        List<Probe> probes = new ArrayList<>();
        Duration connect = targets.stream().map(HealthTarget::timeout).max(Duration::compareTo).orElse(HealthTarget.DEFAULT_TIMEOUT);
        for (HealthTarget t : targets) {
            HttpClient client;
            try {
                client = clients.computeIfAbsent(t.ca(), ca -> HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(connect)
                        .sslContext(Trust.context(Trust.manager(ca.map(List::of).orElse(List.of()))))
                        .build());
            } catch (ProbeException e) {
                probes.add(new FailingProbe(ID, HttpProbe.display(t), e.getMessage(), HttpProbe.UNREACHABLE));
                continue;
            }
            probes.add(new HttpProbe(t, client));
        }
        return probes;
    }
}
