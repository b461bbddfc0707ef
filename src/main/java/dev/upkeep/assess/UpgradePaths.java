package dev.upkeep.assess;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Kind;
import dev.upkeep.knowledge.Advisory;
import dev.upkeep.knowledge.Release;
import dev.upkeep.versioning.InvalidVersionException;
import dev.upkeep.versioning.UpdateType;
import dev.upkeep.versioning.Version;
import dev.upkeep.versioning.VersionScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Works out each component's {@link UpgradePath} from its drift, the releases a registry lists and
 * the advisories known for the package. Packages are measured with their ecosystem's scheme;
 * runtimes, OS releases and images by their release cycle (a new cycle is a major step).
 */
public final class UpgradePaths {
    private final ReleaseLookup releases;
    private final Function<Component, List<Advisory>> advisories;
    private final Function<String, VersionScheme> schemes;
    private final AdvisoryMatcher matcher;

    public UpgradePaths(ReleaseLookup releases, Function<Component, List<Advisory>> advisories, Function<String, VersionScheme> schemes) {
        this.releases = releases;
        this.advisories = advisories;
        this.schemes = schemes;
        this.matcher = new AdvisoryMatcher(schemes);
    }

    public UpgradePath of(Drift d) {
        Component c = d.component();
        if (c.kind() == Kind.RUNTIME || c.kind() == Kind.OS || c.kind() == Kind.IMAGE) {
            return cycles(d);
        }
        VersionScheme scheme = schemes.apply(AdvisoryMatcher.schemeId(c.ecosystem()));
        Optional<Version> current = parse(scheme, c.version());
        List<Version> stable = stable(scheme, releases.releases(c.ecosystem(), c.name()));
        List<String> unfixed = new ArrayList<>();
        String security = security(d, scheme, stable, unfixed);
        String inMajor = null;
        UpdateType inMajorType = null;
        if (current.isPresent()) {
            Version best = null;
            for (Version v : stable) {
                if (v.compareTo(current.get()) > 0 && scheme.updateType(current.get(), v) != UpdateType.MAJOR
                        && (best == null || v.compareTo(best) > 0)) {
                    best = v;
                }
            }
            if (best == null && d.latest() != null && (d.updateType() == UpdateType.MINOR || d.updateType() == UpdateType.PATCH)) {
                best = parse(scheme, d.latest()).orElse(null);
            }
            Optional<Version> sec = parse(scheme, security);
            if (best != null && (sec.isEmpty() || best.compareTo(sec.get()) > 0)) {
                inMajor = best.text();
                inMajorType = scheme.updateType(current.get(), best);
            }
        }
        String major = d.updateType() == UpdateType.MAJOR ? d.latest() : null;
        return new UpgradePath(d, security, unfixed, inMajor, inMajorType, major);
    }

    /** The lowest release at or above every fix that no known advisory affects (or the highest fix when releases are unknown). */
    private String security(Drift d, VersionScheme scheme, List<Version> stable, List<String> unfixed) {
        Version need = null;
        for (MatchedAdvisory m : d.advisories()) {
            Optional<Version> fix = parse(scheme, m.fixedIn());
            if (fix.isEmpty()) {
                unfixed.add(m.advisory().id());
            } else if (need == null || fix.get().compareTo(need) > 0) {
                need = fix.get();
            }
        }
        if (need == null) {
            return null;
        }
        List<Advisory> known = advisories.apply(d.component());
        for (Version v : stable) {
            if (v.compareTo(need) >= 0 && matcher.match(d.component().withVersion(v.text()), known).isEmpty()) {
                return v.text();
            }
        }
        return need.text();
    }

    private UpgradePath cycles(Drift d) {
        LifecycleStatus life = d.lifecycle();
        String major = null;
        String inMajor = null;
        UpdateType inMajorType = null;
        if (life != null && life.newestCycle() != null && !life.newestCycle().equals(life.cycle())) {
            major = d.latest() != null ? d.latest() : life.newestCycle();
        } else if (d.updateType() == UpdateType.MAJOR) {
            major = d.latest();
        }
        VersionScheme loose = schemes.apply("loose");
        Optional<Version> current = parse(loose, versionOf(d.component()));
        Optional<Version> inCycle = parse(loose, life == null ? null : life.latestInCycle());
        if (current.isPresent() && inCycle.isPresent() && current.get().release().length > cycleDepth(life.cycle())
                && inCycle.get().compareTo(current.get()) > 0) {
            inMajor = inCycle.get().text();
            inMajorType = loose.updateType(current.get(), inCycle.get());
        } else if (major == null && d.latest() != null && (d.updateType() == UpdateType.MINOR || d.updateType() == UpdateType.PATCH)) {
            inMajor = d.latest();
            inMajorType = d.updateType();
        }
        return new UpgradePath(d, null, List.of(), inMajor, inMajorType, major);
    }

    /** The version an image tag names ({@code 18-alpine} → {@code 18}); other components' versions as they are. */
    public static String versionOf(Component c) {
        String v = c.version();
        if (v == null || c.ecosystem() != Ecosystem.DOCKER) {
            return v;
        }
        int dash = v.indexOf('-');
        return dash > 0 ? v.substring(0, dash) : v;
    }

    private static int cycleDepth(String cycle) {
        return cycle.split("\\.").length;
    }

    private static List<Version> stable(VersionScheme scheme, List<Release> list) {
        List<Version> out = new ArrayList<>();
        for (Release r : list) {
            if (!r.yanked()) {
                parse(scheme, r.version()).filter(v -> !v.isPrerelease()).ifPresent(out::add);
            }
        }
        out.sort(null);
        return out;
    }

    static Optional<Version> parse(VersionScheme s, String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(s.parse(text));
        } catch (InvalidVersionException e) {
            return Optional.empty();
        }
    }
}
