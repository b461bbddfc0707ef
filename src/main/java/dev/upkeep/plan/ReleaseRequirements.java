package dev.upkeep.plan;

import dev.upkeep.assess.ReleaseLookup;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.knowledge.Release;
import dev.upkeep.versioning.InvalidVersionException;
import dev.upkeep.versioning.Version;
import dev.upkeep.versioning.VersionRange;
import dev.upkeep.versioning.VersionScheme;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Requirements read from registry data: an npm release's {@code peerDependencies} and
 * {@code engines.node}, and the peer dependencies of the release each of its {@code dependencies}
 * resolves to (one level deep: the newest stable release in the range, as npm picks it when
 * nothing else constrains it); a PyPI release's {@code requires_dist} (without markers) and
 * {@code requires_python}. Memoized per release; not thread-safe (one planner, one thread).
 */
final class ReleaseRequirements implements Requirements {
    private final ReleaseLookup lookup;
    private final VersionScheme npm;
    private final Map<String, List<Requirement>> memo = new HashMap<>();
    private final Map<String, Map<String, Release>> byVersion = new HashMap<>();

    ReleaseRequirements(ReleaseLookup lookup, Function<String, VersionScheme> schemes) {
        this.lookup = lookup;
        this.npm = schemes.apply("npm");
    }

    @Override
    public List<Requirement> of(String key, String version) {
        return memo.computeIfAbsent(key + "@" + version, k -> read(key, version));
    }

    private List<Requirement> read(String key, String version) {
        String ns = Keys.namespace(key);
        String name = Keys.display(key);
        List<Requirement> out = new ArrayList<>();
        if (ns.equals("npm")) {
            Release r = release(Ecosystem.NPM, name, version);
            if (r == null) {
                return List.of();
            }
            r.peerDependencies().forEach((peer, range) -> {
                if (!peer.equals(name)) {
                    out.add(new Requirement(key, version, null, "npm:" + peer, range, "npm", "peer"));
                }
            });
            String node = r.engines().get("node");
            if (node != null) {
                out.add(new Requirement(key, version, null, Keys.NODE, node, "npm", "engines"));
            }
            r.dependencies().forEach((dep, range) -> newest(dep, range).ifPresent(d -> d.peerDependencies().forEach((peer, pr) -> {
                if (!peer.equals(name) && !peer.equals(dep)) {
                    out.add(new Requirement(key, version, dep + "@" + d.version(), "npm:" + peer, pr, "npm", "peer"));
                }
            })));
        } else if (ns.equals("pypi")) {
            Release r = release(Ecosystem.PYPI, name, version);
            if (r == null) {
                return List.of();
            }
            for (String dist : r.requiresDist()) {
                Pep508.parse(dist).filter(d -> !d.name().equals(name)).ifPresent(d ->
                        out.add(new Requirement(key, version, null, "pypi:" + d.name(), d.specifier(), "pep440", "requires-dist")));
            }
            if (r.requiresPython() != null && !r.requiresPython().isBlank()) {
                out.add(new Requirement(key, version, null, Keys.PYTHON, r.requiresPython().replace(" ", ""), "pep440", "requires-python"));
            }
        }
        return out;
    }

    Release release(Ecosystem ecosystem, String name, String version) {
        return byVersion.computeIfAbsent(ecosystem.id() + ":" + name, k -> {
            Map<String, Release> m = new HashMap<>();
            lookup.releases(ecosystem, name).forEach(r -> m.put(r.version(), r));
            return m;
        }).get(version);
    }

    private Optional<Release> newest(String dep, String range) {
        VersionRange r;
        try {
            r = npm.parseRange(range);
        } catch (InvalidVersionException e) {
            return Optional.empty();
        }
        Release best = null;
        Version bestVersion = null;
        for (Release rel : lookup.releases(Ecosystem.NPM, dep)) {
            if (rel.yanked()) {
                continue;
            }
            try {
                Version v = npm.parse(rel.version());
                if (!v.isPrerelease() && r.contains(v) && (bestVersion == null || v.compareTo(bestVersion) > 0)) {
                    best = rel;
                    bestVersion = v;
                }
            } catch (InvalidVersionException e) {
                // a version npm itself would not install
            }
        }
        return Optional.ofNullable(best);
    }
}
