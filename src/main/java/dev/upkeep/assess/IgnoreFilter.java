package dev.upkeep.assess;

import dev.upkeep.config.IgnoreEntry;
import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies upkeep.yml's {@code ignore:} entries to drift findings, the way {@code upkeep lint}
 * applies them to its own: an entry in force suppresses what it names; an expired one suppresses
 * nothing, marks what it names with {@code ignoreExpired}, and resurfaces itself as an
 * {@value #EXPIRED_RULE} finding, with the id, severity and fix that lint gives it so both
 * commands report the same finding.
 */
public final class IgnoreFilter {
    public static final String EXPIRED_RULE = "upkeep/expired-ignore";
    static final String EXPIRED_FIX = "Fix the findings it covered and delete the entry, or, if the reason still holds, review it and"
            + " move 'until' forward.";

    /** What is left: kept findings (then the expired entries' own findings), and how many were suppressed. */
    public record Outcome(List<Finding> kept, int suppressed) {
        public Outcome {
            kept = List.copyOf(kept);
        }
    }

    private IgnoreFilter() {}

    /**
     * Filters {@code findings}; every expired entry of {@code ignores} is reported, also when it
     * names nothing any more ({@code configFile} locates it).
     */
    public static Outcome apply(List<Finding> findings, List<IgnoreEntry> ignores, LocalDate today, String configFile) {
        List<Finding> kept = new ArrayList<>();
        Map<IgnoreEntry, Integer> expired = new LinkedHashMap<>();
        ignores.stream().filter(e -> e.expiredOn(today)).forEach(e -> expired.put(e, 0));
        int suppressed = 0;
        for (Finding f : findings) {
            IgnoreEntry entry = ignores.stream().filter(e -> e.matches(f)).findFirst().orElse(null);
            if (entry == null) {
                kept.add(f);
            } else if (!entry.expiredOn(today)) {
                suppressed++;
            } else {
                expired.merge(entry, 1, Integer::sum);
                kept.add(f.withEvidence(Map.of("ignoreExpired", entry.until() + " (" + configFile + ":" + entry.line() + ")")));
            }
        }
        expired.forEach((entry, count) -> kept.add(expiredFinding(entry, count, configFile)));
        return new Outcome(kept, suppressed);
    }

    static Finding expiredFinding(IgnoreEntry entry, int count, String configFile) {
        String what = entry.path().map(p -> "'" + entry.id() + "' in '" + p + "'").orElse("'" + entry.id() + "'");
        String tail = count == 0 ? "it matches no current finding; delete it"
                : count + (count == 1 ? " finding is" : " findings are") + " reported again";
        return Finding.of(EXPIRED_RULE, entry.id() + "@" + entry.until(), Severity.LOW,
                "the ignore of " + what + " expired on " + entry.until() + " (reason given: " + entry.reason() + "); " + tail,
                new Location(configFile, entry.line()), EXPIRED_FIX);
    }
}
