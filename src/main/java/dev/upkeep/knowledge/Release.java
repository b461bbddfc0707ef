package dev.upkeep.knowledge;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One published version of a package or image, with what it requires of its surroundings.
 *
 * @param version the version as the registry writes it
 * @param published when it was published, or {@code null} when the registry does not say
 * @param yanked withdrawn by its publisher (PyPI yanked, npm unpublished)
 * @param deprecated the deprecation message, or {@code null}
 * @param engines npm {@code engines} of this version ({@code node → >=18.17.0})
 * @param peerDependencies npm {@code peerDependencies} of this version
 * @param requiresPython PyPI {@code requires_python}, or {@code null}
 * @param requiresDist PyPI {@code requires_dist} (PEP 508 strings)
 * @param dependencies npm {@code dependencies} of this version (name → range); empty when the
 *     source does not read them
 */
public record Release(
        String version,
        Instant published,
        boolean yanked,
        String deprecated,
        Map<String, String> engines,
        Map<String, String> peerDependencies,
        String requiresPython,
        List<String> requiresDist,
        Map<String, String> dependencies) {
    public Release {
        requireNonNull(version, "version is null");
        engines = sorted(engines);
        peerDependencies = sorted(peerDependencies);
        requiresDist = List.copyOf(requiresDist);
        dependencies = sorted(dependencies);
    }

    /** An unmodifiable copy in key order; most releases have no engines or peers, and share one empty map. */
    private static Map<String, String> sorted(Map<String, String> m) {
        return m.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(m));
    }

    /** A release without npm {@code dependencies}. */
    public Release(String version, Instant published, boolean yanked, String deprecated, Map<String, String> engines,
            Map<String, String> peerDependencies, String requiresPython, List<String> requiresDist) {
        this(version, published, yanked, deprecated, engines, peerDependencies, requiresPython, requiresDist, Map.of());
    }

    public static Release of(String version, Instant published) {
        return new Release(version, published, false, null, Map.of(), Map.of(), null, List.of());
    }
}
