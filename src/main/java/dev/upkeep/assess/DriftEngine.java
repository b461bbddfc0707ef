package dev.upkeep.assess;

import static java.util.Objects.requireNonNull;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Kind;
import dev.upkeep.knowledge.Advisory;
import dev.upkeep.knowledge.AdvisoryMerger;
import dev.upkeep.knowledge.AdvisorySource;
import dev.upkeep.knowledge.LifecycleSource;
import dev.upkeep.knowledge.NotFoundException;
import dev.upkeep.knowledge.ReleaseHistory;
import dev.upkeep.knowledge.ReleaseSource;
import dev.upkeep.knowledge.SourceUnavailableException;
import dev.upkeep.versioning.VersionScheme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Computes the {@link Drift} of every component: asks the release sources (one request per
 * package, concurrently), the lifecycle source and the advisory sources, then measures each
 * component with its ecosystem's version scheme. A source that fails degrades only what it knows;
 * the reason lands in the drift's notes and in {@code notes}.
 */
public final class DriftEngine {
    /** What a run uses: sources, schemes, the date, and where degradation notes go. */
    public record Sources(List<ReleaseSource> releases, LifecycleSource lifecycle, List<AdvisorySource> advisories) {
        public Sources {
            releases = List.copyOf(releases);
            advisories = List.copyOf(advisories);
        }
    }

    /** Progress for a display: how many packages to ask about, and each one answered. */
    public interface Listener {
        void packages(int total);

        void answered(String name);

        Listener NONE = new Listener() {
            public void packages(int total) {}

            public void answered(String name) {}
        };
    }

    private final Sources sources;
    private final Function<String, VersionScheme> schemes;
    private final LocalDate today;
    private final Consumer<String> notes;
    private final int threads;

    public DriftEngine(Sources sources, Function<String, VersionScheme> schemes, LocalDate today, Consumer<String> notes, int threads) {
        this.sources = requireNonNull(sources, "sources is null");
        this.schemes = requireNonNull(schemes, "schemes is null");
        this.today = requireNonNull(today, "today is null");
        this.notes = requireNonNull(notes, "notes is null");
        this.threads = Math.max(1, threads);
    }

    public List<Drift> assess(List<Component> components, Listener listener) {
        ReleaseMath math = new ReleaseMath(schemes);
        ReleaseMath.Facts[] measured = new ReleaseMath.Facts[components.size()];
        Map<String, Outcome> histories = fetchReleases(components, listener, math, measured);
        Map<String, List<Advisory>> advisories = fetchAdvisories(components);
        LifecycleResolver lifecycle = sources.lifecycle() == null ? null : new LifecycleResolver(sources.lifecycle(), schemes);
        AdvisoryMatcher matcher = new AdvisoryMatcher(schemes);
        List<Drift> out = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            Component c = components.get(i);
            List<String> why = new ArrayList<>();
            Outcome o = histories.get(key(c));
            ReleaseMath.Facts facts = ReleaseMath.Facts.NONE;
            if (o != null && o.history != null) {
                ReleaseMath.Facts early = measured[i];
                facts = early != null ? early : math.facts(c, o.history);
                if (o.history.note() != null) {
                    why.add(o.history.note());
                }
                if (o.history.deprecated() != null) {
                    why.add("deprecated: " + o.history.deprecated());
                }
            } else if (o != null && o.failure != null) {
                why.add(o.failure);
            }
            Optional<LifecycleStatus> life = Optional.empty();
            if (lifecycle != null) {
                try {
                    life = lifecycle.status(c, today);
                } catch (SourceUnavailableException e) {
                    why.add("lifecycle: " + e.getMessage());
                }
            }
            if (facts.latest() == null && life.isPresent() && (c.kind() == Kind.RUNTIME || c.kind() == Kind.OS)) {
                facts = math.fromLifecycle(c, life.get(), sources.lifecycle());
            }
            List<MatchedAdvisory> matched = matcher.match(c, advisories.getOrDefault(dev.upkeep.knowledge.osv.AdvisoryKeys.of(c), List.of()));
            out.add(new Drift(c, facts.latest(), facts.latestInRange(), facts.updateType(), facts.releasesBehind(), facts.libyears(),
                    facts.target(), life.orElse(null), matched, why));
        }
        return out;
    }

    /**
     * Asks the release sources, one request per package, concurrently; each worker also measures
     * the facts of the components of its package ({@code measured}, by position in
     * {@code components}), so that parsing every release's version is spread over the workers too.
     */
    private Map<String, Outcome> fetchReleases(List<Component> components, Listener listener, ReleaseMath math,
            ReleaseMath.Facts[] measured) {
        Map<String, Component> unique = new LinkedHashMap<>();
        Map<String, List<Integer>> sharing = new HashMap<>();
        Map<String, ReleaseSource> sourceOf = new HashMap<>();
        for (int i = 0; i < components.size(); i++) {
            Component c = components.get(i);
            if (c.skipReason() == dev.upkeep.domain.SkipReason.PATH || c.skipReason() == dev.upkeep.domain.SkipReason.WORKSPACE
                    || c.skipReason() == dev.upkeep.domain.SkipReason.GIT || c.skipReason() == dev.upkeep.domain.SkipReason.URL) {
                continue;
            }
            for (ReleaseSource s : sources.releases()) {
                if (s.supports(c)) {
                    unique.putIfAbsent(key(c), c);
                    sharing.computeIfAbsent(key(c), k -> new ArrayList<>()).add(i);
                    sourceOf.putIfAbsent(key(c), s);
                    break;
                }
            }
        }
        listener.packages(unique.size());
        Map<String, Outcome> out = new ConcurrentHashMap<>();
        if (unique.isEmpty()) {
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, unique.size()), r -> {
            Thread t = new Thread(r, "upkeep-drift");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            Map<String, Integer> failuresPerSource = new ConcurrentHashMap<>();
            for (var e : unique.entrySet()) {
                futures.add(pool.submit(() -> {
                    ReleaseSource s = sourceOf.get(e.getKey());
                    try {
                        ReleaseHistory h = s.releases(e.getValue());
                        out.put(e.getKey(), new Outcome(h, null));
                        measure(components, sharing.get(e.getKey()), h, math, measured);
                    } catch (NotFoundException ex) {
                        out.put(e.getKey(), new Outcome(null, s.id() + ": " + ex.getMessage()));
                    } catch (SourceUnavailableException ex) {
                        out.put(e.getKey(), new Outcome(null, s.id() + " unavailable: " + ex.getMessage()));
                        if (failuresPerSource.merge(s.id(), 1, Integer::sum) == 1) {
                            notes.accept(s.id() + ": " + ex.getMessage());
                        }
                    } catch (RuntimeException ex) {
                        out.put(e.getKey(), new Outcome(null, s.id() + " answered something upkeep cannot read: " + ex.getMessage()));
                    }
                    listener.answered(e.getValue().name());
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("drift worker failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    /** Facts measured early; a component whose measuring fails is measured again, in order, by {@link #assess}. */
    private static void measure(List<Component> components, List<Integer> positions, ReleaseHistory h, ReleaseMath math,
            ReleaseMath.Facts[] measured) {
        for (int i : positions) {
            try {
                measured[i] = math.facts(components.get(i), h);
            } catch (RuntimeException e) {
                // assess measures it again and reports what went wrong
            }
        }
    }

    private Map<String, List<Advisory>> fetchAdvisories(List<Component> components) {
        List<Component> resolved = components.stream().filter(c -> c.version() != null && c.kind() == Kind.PACKAGE
                || c.ecosystem() == Ecosystem.GITHUB_ACTIONS && c.version() != null).toList();
        Map<String, List<Advisory>> raw = new HashMap<>();
        for (AdvisorySource s : sources.advisories()) {
            try {
                s.advisories(resolved).forEach((k, v) -> raw.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
            } catch (SourceUnavailableException e) {
                notes.accept(s.id() + ": " + e.getMessage());
            }
        }
        Map<String, List<Advisory>> merged = new HashMap<>();
        raw.forEach((k, v) -> merged.put(k, AdvisoryMerger.merge(v)));
        return merged;
    }

    static String key(Component c) {
        return c.ecosystem() + "\u0000" + c.name();
    }

    private record Outcome(ReleaseHistory history, String failure) {}
}
