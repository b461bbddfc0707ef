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

    /** An OSV range: its type ({@code SEMVER}, {@code ECOSYSTEM}, {@code GIT}) and ordered events. */
    public record Range(String type, List<Event> events) {
        public Range {
            requireNonNull(type, "type is null");
            events = List.copyOf(events);
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
