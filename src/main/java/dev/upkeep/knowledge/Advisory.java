package dev.upkeep.knowledge;

import static java.util.Objects.requireNonNull;

import dev.upkeep.domain.Severity;
import java.time.Instant;
import java.util.List;

/**
 * A security advisory in OSV's shape, after merging duplicates by alias (one GHSA, its CVE and
 * its PYSEC are one advisory).
 *
 * @param id the preferred id (GHSA over CVE over others)
 * @param aliases every other id it is known by, sorted
 * @param severity from the source's label, else derived from the CVSS vector, else medium
 * @param severityBasis {@code label}, {@code cvss} or {@code unknown} (then severity is a stand-in)
 * @param cvssVector the CVSS v3 or v4 vector, or {@code null}
 * @param cvssScore the base score computed from the vector, or {@code null}
 * @param affected the affected packages with their ranges
 * @param sources where the records came from ({@code osv}, {@code osv-zip:PyPI-all.zip}, {@code npm-audit})
 */
public record Advisory(
        String id,
        List<String> aliases,
        String summary,
        Severity severity,
        String severityBasis,
        String cvssVector,
        Double cvssScore,
        List<Affected> affected,
        Instant published,
        Instant modified,
        List<String> sources) {
    public Advisory {
        requireNonNull(id, "id is null");
        aliases = List.copyOf(aliases);
        requireNonNull(severity, "severity is null");
        requireNonNull(severityBasis, "severityBasis is null");
        affected = List.copyOf(affected);
        sources = List.copyOf(sources);
    }

    /**
     * One affected package: OSV's {@code affected[]} entry.
     *
     * @param ecosystem OSV's ecosystem name ({@code npm}, {@code PyPI}, {@code Maven})
     * @param name the package name as OSV writes it
     * @param ranges the version ranges
     * @param versions versions listed explicitly as affected
     */
    public record Affected(String ecosystem, String name, List<Range> ranges, List<String> versions) {
        public Affected {
            requireNonNull(ecosystem, "ecosystem is null");
            requireNonNull(name, "name is null");
            ranges = List.copyOf(ranges);
            versions = List.copyOf(versions);
        }
    }

    /**
     * A range of affected versions. Either OSV's: a type ({@code SEMVER}, {@code ECOSYSTEM},
     * {@code GIT}) and ordered events, with {@code expression} null. Or {@link #NATIVE}: a range
     * expression in the package's own syntax, as some sources publish it (npm's
     * {@code vulnerable_versions}, {@code ">=1.0.0 <1.6.3"}), evaluated with the ecosystem's
     * version scheme; its events are then only the {@code fixed} versions the source names, never
     * used to decide whether a version is inside.
     */
    public record Range(String type, List<Event> events, String expression) {
        /** The type of a range given as an expression in the ecosystem's own range syntax. */
        public static final String NATIVE = "NATIVE";

        public Range {
            requireNonNull(type, "type is null");
            events = List.copyOf(events);
            if (type.equals(NATIVE) && expression == null) {
                throw new IllegalArgumentException("a NATIVE range needs an expression");
            }
        }

        /** An OSV range. */
        public Range(String type, List<Event> events) {
            this(type, events, null);
        }

        /** A range in the ecosystem's own syntax, with the fixed versions its source names. */
        public static Range nativeRange(String expression, List<String> fixed) {
            return new Range(NATIVE, fixed.stream().map(f -> new Event("fixed", f)).toList(), requireNonNull(expression, "expression is null"));
        }
    }

    /** An OSV event: {@code introduced}, {@code fixed}, {@code last_affected} or {@code limit}, with its version. */
    public record Event(String kind, String version) {
        public Event {
            requireNonNull(kind, "kind is null");
            requireNonNull(version, "version is null");
        }
    }
}
