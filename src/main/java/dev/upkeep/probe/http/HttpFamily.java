package dev.upkeep.probe.http;

import dev.upkeep.config.YamlNode;
import dev.upkeep.config.YamlNode.Mapping;
import dev.upkeep.probe.FailingProbe;
import dev.upkeep.probe.Probe;
import dev.upkeep.probe.ProbeException;
import dev.upkeep.probe.ProbeFamily;
import dev.upkeep.probe.TargetFields;
import dev.upkeep.probe.Trust;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** HTTP health probes: {@code targets.health}. */
public final class HttpFamily implements ProbeFamily {
    public static final String ID = "http";
    static final List<String> KEYS = List.of("url", "expect", "latency", "timeout", "samples", "errorRate", "securityHeaders", "ca");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String configKey() {
        return "health";
    }

    @Override
    public String description() {
        return "health URLs: status, latency, JSON health fields, security headers";
    }

    @Override
    public List<Probe> probes(YamlNode section, TargetFields fields) {
        List<HealthTarget> targets = new ArrayList<>();
        List<YamlNode> entries = fields.entries(section);
        for (int i = 0; i < entries.size(); i++) {
            String field = "targets.health[" + i + "]";
            targets.add(fields.entry(entries.get(i), field, text -> HealthTarget.of(uri(text)), m -> read(m, field, fields)));
        }
        return probes(targets);
    }

    private static HealthTarget read(Mapping m, String field, TargetFields f) {
        f.nodes().onlyKnownKeys(m, field, KEYS);
        YamlNode urlNode = f.nodes().required(m, "url", field);
        URI url;
        try {
            url = uri(f.nodes().string(urlNode, field + ".url"));
        } catch (IllegalArgumentException e) {
            throw f.nodes().fail(urlNode, field + ".url", e.getMessage());
        }
        List<Integer> expect = new ArrayList<>();
        Optional<YamlNode> e = f.nodes().optional(m, "expect");
        if (e.isPresent()) {
            List<YamlNode> codes = e.get() instanceof YamlNode.Sequence s ? s.items() : List.of(e.get());
            for (YamlNode code : codes) {
                String text = f.nodes().string(code, field + ".expect");
                try {
                    int c = Integer.parseInt(text);
                    if (c < 100 || c > 599) {
                        throw new NumberFormatException();
                    }
                    expect.add(c);
                } catch (NumberFormatException x) {
                    throw f.nodes().fail(code, field + ".expect", "'" + text + "' is not an HTTP status (100 to 599)");
                }
            }
        }
        try {
            return new HealthTarget(url, expect,
                    f.duration(m, "latency", field, HealthTarget.DEFAULT_LATENCY_BUDGET),
                    f.duration(m, "timeout", field, HealthTarget.DEFAULT_TIMEOUT),
                    f.bool(m, "securityHeaders", field, true),
                    (int) f.integer(m, "samples", field, 1, 1),
                    f.percent(m, "errorRate", field, HealthTarget.DEFAULT_MAX_ERROR_RATE * 100) / 100,
                    f.path(m, "ca", field));
        } catch (IllegalArgumentException x) {
            throw f.nodes().fail(m, field, x.getMessage());
        }
    }

    static URI uri(String text) {
        try {
            URI u = new URI(text.strip());
            if (u.getHost() == null || !("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()))) {
                throw new IllegalArgumentException("'" + text + "' is not an http:// or https:// URL with a host");
            }
            return u;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + text + "' is not a URL: " + e.getReason());
        }
    }

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
