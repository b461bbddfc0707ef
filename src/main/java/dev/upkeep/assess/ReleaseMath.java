package dev.upkeep.assess;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.knowledge.LifecycleCycle;
import dev.upkeep.knowledge.LifecycleSource;
import dev.upkeep.knowledge.Product;
import dev.upkeep.knowledge.Release;
import dev.upkeep.knowledge.ReleaseHistory;
import dev.upkeep.versioning.InvalidVersionException;
import dev.upkeep.versioning.UpdateType;
import dev.upkeep.versioning.Version;
import dev.upkeep.versioning.VersionRange;
import dev.upkeep.versioning.VersionScheme;
import dev.upkeep.versioning.docker.DockerTag;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The numbers of drift, from a release history and the ecosystem's version scheme: the newest
 * stable release (npm: the {@code latest} dist-tag, as {@code npm view} reports it; images: the
 * newest tag of the same family, such as {@code -alpine}), the newest inside the declared range,
 * the update type, how many stable releases are newer, and libyears.
 */
final class ReleaseMath {
    /** The measured facts; any may be null when unknown. */
    record Facts(String latest, String latestInRange, UpdateType updateType, Integer releasesBehind, Double libyears, Release target) {
        static final Facts NONE = new Facts(null, null, null, null, null, null);
    }

    private final Function<String, VersionScheme> schemes;

    ReleaseMath(Function<String, VersionScheme> schemes) {
        this.schemes = schemes;
    }

    Facts facts(Component c, ReleaseHistory h) {
        VersionScheme scheme = schemes.apply(AdvisoryMatcher.schemeId(c.ecosystem()));
        Optional<Version> current = parse(scheme, c.version());
        List<Parsed> stable = new ArrayList<>();
        for (Release r : h.releases()) {
            Parsed p = stable(c, r, scheme, current);
            if (p != null) {
                stable.add(p);
            }
        }
        Parsed latest = null;
        String tagged = c.ecosystem() == Ecosystem.NPM ? h.distTags().get("latest") : null;
        if (tagged != null) {
            Optional<Version> tv = parse(scheme, tagged);
            if (tv.isPresent()) {
                latest = new Parsed(tv.get(), h.release(tagged).orElse(Release.of(tagged, null)));
            }
        }
        if (latest == null) {
            for (Parsed p : stable) {
                if (latest == null || p.version.compareTo(latest.version) > 0) {
                    latest = p;
                }
            }
        }
        String inRange = null;
        if (c.constraint() != null) {
            try {
                VersionRange range = scheme.parseRange(c.constraint());
                Parsed best = null;
                for (Parsed p : stable) {
                    if (range.contains(p.version) && (best == null || p.version.compareTo(best.version) > 0)) {
                        best = p;
                    }
                }
                inRange = best == null ? null : best.release.version();
            } catch (InvalidVersionException | ClassCastException e) {
                inRange = null;
            }
        }
        if (latest == null) {
            return new Facts(null, inRange, null, null, null, null);
        }
        UpdateType type = null;
        Integer behind = null;
        Double libyears = null;
        if (current.isPresent()) {
            Version cur = current.get();
            Version top = latest.version;
            type = top.compareTo(cur) > 0 ? scheme.updateType(cur, top) : UpdateType.NONE;
            behind = (int) stable.stream().filter(p -> p.version.compareTo(cur) > 0 && p.version.compareTo(top) <= 0).count();
            Optional<Release> mine = h.release(c.version());
            if (mine.isPresent() && mine.get().published() != null && latest.release.published() != null) {
                Duration d = Duration.between(mine.get().published(), latest.release.published());
                libyears = d.isNegative() ? 0.0 : Math.round(d.toHours() / 24.0 / 365.25 * 100) / 100.0;
            }
        }
        return new Facts(latest.release.version(), inRange, type, behind, libyears, latest.release);
    }

    /**
     * {@code r} parsed, when it is a stable release of the same family as the current version.
     * One call per release (a method of its own, so the JIT compiles it after a few hundred
     * releases rather than after a few hundred packages).
     */
    private static Parsed stable(Component c, Release r, VersionScheme scheme, Optional<Version> current) {
        if (r.yanked()) {
            return null;
        }
        Optional<Version> v = parse(scheme, r.version());
        if (v.isEmpty() || v.get().isPrerelease()) {
            return null;
        }
        if (c.ecosystem() == Ecosystem.DOCKER && current.isPresent()
                && !((DockerTag) v.get()).isCompatibleWith((DockerTag) current.get())) {
            return null;
        }
        return new Parsed(v.get(), r);
    }

    /** For runtimes and OS releases, the newest supported cycle's latest release is "latest". */
    Facts fromLifecycle(Component c, LifecycleStatus status, LifecycleSource source) {
        Optional<Product> p = source.product(status.product());
        if (p.isEmpty() || status.newestCycle() == null) {
            return Facts.NONE;
        }
        Optional<LifecycleCycle> newest = p.get().cycle(status.newestCycle());
        String latest = newest.map(LifecycleCycle::latest).orElse(status.newestCycle());
        if (latest == null) {
            latest = status.newestCycle();
        }
        VersionScheme loose = schemes.apply("loose");
        Optional<Version> cur = parse(loose, c.version());
        Optional<Version> top = parse(loose, latest);
        UpdateType type = null;
        if (cur.isPresent() && top.isPresent()) {
            type = top.get().compareTo(cur.get()) > 0 ? loose.updateType(cur.get(), top.get()) : UpdateType.NONE;
            if (type == UpdateType.NONE && !status.cycle().equals(status.newestCycle())) {
                type = UpdateType.MAJOR;
            }
        }
        return new Facts(latest, null, type, null, null, null);
    }

    private static Optional<Version> parse(VersionScheme s, String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(s.parse(text));
        } catch (InvalidVersionException e) {
            return Optional.empty();
        }
    }

    private record Parsed(Version version, Release release) {}
}
