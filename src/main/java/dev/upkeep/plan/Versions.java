package dev.upkeep.plan;

import dev.upkeep.assess.ReleaseLookup;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.knowledge.Release;
import dev.upkeep.versioning.InvalidVersionException;
import dev.upkeep.versioning.UpdateType;
import dev.upkeep.versioning.Version;
import dev.upkeep.versioning.VersionRange;
import dev.upkeep.versioning.VersionScheme;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The version arithmetic of one plan, parsed once: each key's scheme ({@code npm}, {@code pep440},
 * {@code loose} for runtimes and images), its stable releases newest first, and whether a version
 * meets a requirement. A version written as a cycle ({@code 18}, {@code 3.9}) that its scheme does
 * not take is read as the cycle's first release ({@code 18.0.0}). Not thread-safe.
 */
final class Versions {
    private final ReleaseLookup lookup;
    private final Function<String, VersionScheme> schemes;
    private final Map<String, VersionScheme> schemeCache = new HashMap<>();
    private final Map<VersionScheme, Map<String, Version>> parsed = new IdentityHashMap<>();
    private final Map<String, VersionRange> ranges = new HashMap<>();
    /** Ranges by requirement instance: requirements are memoized, so identity finds them without hashing seven fields. */
    private final Map<Requirement, VersionRange> rangeOf = new IdentityHashMap<>();
    private final Map<String, List<Version>> releases = new HashMap<>();
    /** Requirements that could not be checked, for the plan's "did not know" list. */
    final Set<String> unknown = new TreeSet<>();

    Versions(ReleaseLookup lookup, Function<String, VersionScheme> schemes) {
        this.lookup = lookup;
        this.schemes = schemes;
    }

    VersionScheme scheme(String key) {
        return byId(switch (Keys.namespace(key)) {
            case "npm" -> "npm";
            case "pypi" -> "pep440";
            case "maven" -> "maven";
            default -> "loose";
        });
    }

    private VersionScheme byId(String id) {
        return schemeCache.computeIfAbsent(id, schemes);
    }

    /** Compares two versions of a key; text order when either cannot be read. */
    int compare(String key, String a, String b) {
        VersionScheme s = scheme(key);
        Version va = lenient(s, a);
        Version vb = lenient(s, b);
        return va != null && vb != null ? va.compareTo(vb) : a.compareTo(b);
    }

    UpdateType updateType(String key, String from, String to) {
        VersionScheme s = scheme(key);
        Version a = lenient(s, from);
        Version b = lenient(s, to);
        return a != null && b != null ? s.updateType(a, b) : UpdateType.MINOR;
    }

    /** Whether {@code version} of {@code r.on()} meets {@code r}; a range or version that cannot be read counts as met, and is noted. */
    boolean holds(Requirement r, String version) {
        VersionRange range;
        if (rangeOf.containsKey(r)) {
            range = rangeOf.get(r);
        } else {
            range = ranges.computeIfAbsent(r.scheme() + "\u0000" + r.range(), k -> {
                try {
                    return byId(r.scheme()).parseRange(r.range());
                } catch (InvalidVersionException e) {
                    return null;
                }
            });
            rangeOf.put(r, range);
        }
        if (range == null) {
            unknown.add(r.describe() + ": the range cannot be read, so it is not checked");
            return true;
        }
        Version v = lenient(byId(r.scheme()), version);
        if (v == null) {
            unknown.add(r.describe() + ": " + Keys.display(r.on()) + " " + version + " cannot be compared, so it is not checked");
            return true;
        }
        return range.contains(v);
    }

    /** Stable releases of a key, newest first; empty when unknown (runtimes, images, no data). */
    List<Version> newestFirst(String key) {
        return releases.computeIfAbsent(key, this::read);
    }

    /** Whether the key has this release (true when its releases are unknown). */
    boolean has(String key, String version) {
        List<Version> all = newestFirst(key);
        return all.isEmpty() || all.stream().anyMatch(v -> v.text().equals(version));
    }

    private List<Version> read(String key) {
        Ecosystem eco = switch (Keys.namespace(key)) {
            case "npm" -> Ecosystem.NPM;
            case "pypi" -> Ecosystem.PYPI;
            case "maven" -> Ecosystem.MAVEN;
            default -> null;
        };
        if (eco == null) {
            return List.of();
        }
        VersionScheme s = scheme(key);
        List<Version> out = new ArrayList<>();
        for (Release r : lookup.releases(eco, Keys.display(key))) {
            if (r.yanked()) {
                continue;
            }
            try {
                Version v = s.parse(r.version());
                if (!v.isPrerelease()) {
                    out.add(v);
                }
            } catch (InvalidVersionException e) {
                // not a version of this scheme
            }
        }
        out.sort(Collections.reverseOrder());
        return List.copyOf(out);
    }

    /** Parses once per scheme and text (a plan compares the same versions many times). */
    private Version lenient(VersionScheme s, String text) {
        Map<String, Version> m = parsed.computeIfAbsent(s, k -> new HashMap<>());
        if (m.containsKey(text)) {
            return m.get(text);
        }
        Version v = parseLenient(s, text);
        m.put(text, v);
        return v;
    }

    private static Version parseLenient(VersionScheme s, String text) {
        try {
            return s.parse(text);
        } catch (InvalidVersionException e) {
            if (text.matches("[0-9]+(\\.[0-9]+)?")) {
                try {
                    return s.parse(text + (text.contains(".") ? ".0" : ".0.0"));
                } catch (InvalidVersionException again) {
                    return null;
                }
            }
            return null;
        }
    }
}
