package dev.upkeep.cli;

import dev.upkeep.assess.ReleaseLookup;
import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Kind;
import dev.upkeep.knowledge.Advisory;
import dev.upkeep.knowledge.AdvisorySource;
import dev.upkeep.knowledge.Release;
import dev.upkeep.knowledge.ReleaseHistory;
import dev.upkeep.knowledge.ReleaseSource;
import dev.upkeep.knowledge.osv.AdvisoryKeys;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Keeps what the drift engine fetched so the planner can read it again: each package's release
 * history (recorded by wrapping the release sources) and the advisories naming each package
 * (recorded by wrapping the advisory sources). Packages the drift did not fetch (the dependencies
 * whose peer dependencies the planner checks) are fetched on demand, or ahead in parallel with
 * {@link #prefetch}; a package no source knows is an empty list.
 */
final class PlanKnowledge implements ReleaseLookup {
    private final List<ReleaseSource> sources;
    private final Map<String, List<Release>> histories = new ConcurrentHashMap<>();
    private final Map<String, List<Advisory>> advisories = new ConcurrentHashMap<>();

    PlanKnowledge(List<ReleaseSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** The release sources, recording every answer. */
    List<ReleaseSource> recordingReleases() {
        return sources.stream().map(s -> (ReleaseSource) new ReleaseSource() {
            public String id() {
                return s.id();
            }

            public boolean supports(Component c) {
                return s.supports(c);
            }

            public ReleaseHistory releases(Component c) {
                ReleaseHistory h = s.releases(c);
                histories.put(key(c.ecosystem(), c.name()), h.releases());
                return h;
            }
        }).toList();
    }

    /** The advisory sources, recording every answer. */
    List<AdvisorySource> recordingAdvisories(List<AdvisorySource> list) {
        return list.stream().map(s -> (AdvisorySource) new AdvisorySource() {
            public String id() {
                return s.id();
            }

            public Map<String, List<Advisory>> advisories(List<Component> components) {
                Map<String, List<Advisory>> m = s.advisories(components);
                m.forEach((k, v) -> advisories.computeIfAbsent(k, x -> java.util.Collections.synchronizedList(new ArrayList<>())).addAll(v));
                return m;
            }
        }).toList();
    }

    List<Advisory> advisoriesOf(Component c) {
        return advisories.getOrDefault(AdvisoryKeys.of(c), List.of());
    }

    @Override
    public List<Release> releases(Ecosystem ecosystem, String name) {
        return histories.computeIfAbsent(key(ecosystem, name), k -> fetch(ecosystem, name));
    }

    /** Fetches the histories of these npm packages in parallel, so the planner does not wait for them one by one. */
    void prefetch(Collection<String> npmNames, int threads) {
        List<String> missing = npmNames.stream().distinct().filter(n -> !histories.containsKey(key(Ecosystem.NPM, n))).sorted().toList();
        if (missing.isEmpty() || sources.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, missing.size()), r -> {
            Thread t = new Thread(r, "upkeep-plan-prefetch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (String n : missing) {
                futures.add(pool.submit(() -> releases(Ecosystem.NPM, n)));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    // fetch() already turns failures into "unknown"
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Release> fetch(Ecosystem ecosystem, String name) {
        Component c = Component.builder(ecosystem, Kind.PACKAGE, name).purl(purl(ecosystem, name)).build();
        for (ReleaseSource s : sources) {
            if (s.supports(c)) {
                try {
                    return s.releases(c).releases();
                } catch (RuntimeException e) {
                    return List.of();
                }
            }
        }
        return List.of();
    }

    private static String purl(Ecosystem e, String name) {
        String n = name.startsWith("@") ? "%40" + name.substring(1) : name;
        return "pkg:" + e.purlType() + "/" + n;
    }

    private static String key(Ecosystem e, String name) {
        return e.id() + ":" + name;
    }
}
