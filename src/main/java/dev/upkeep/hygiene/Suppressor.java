package dev.upkeep.hygiene;

import dev.upkeep.config.ConfigLoader;
import dev.upkeep.config.IgnoreEntry;
import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Location;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Applies suppressions to a run's findings: first inline comments, then upkeep.yml ignores. An
 * ignore past its {@code until} date suppresses nothing; the findings it matched carry the note
 * {@code ignoreExpired} and the entry itself becomes an {@link EngineRules#EXPIRED_IGNORE} finding.
 */
final class Suppressor {
    record Outcome(List<Finding> kept, int suppressed) {
        Outcome {
            kept = List.copyOf(kept);
        }
    }

    private Suppressor() {}

    static Outcome apply(List<Finding> findings, Function<String, List<InlineIgnores.Comment>> commentsOf,
            List<IgnoreEntry> ignores, LocalDate today) {
        List<Finding> kept = new ArrayList<>();
        Map<IgnoreEntry, Integer> expired = new LinkedHashMap<>();
        int suppressed = 0;
        for (Finding f : findings) {
            if (inline(f, commentsOf)) {
                suppressed++;
                continue;
            }
            IgnoreEntry entry = ignores.stream().filter(e -> e.matches(f)).findFirst().orElse(null);
            if (entry == null) {
                kept.add(f);
            } else if (!entry.expiredOn(today)) {
                suppressed++;
            } else {
                expired.merge(entry, 1, Integer::sum);
                kept.add(f.withEvidence(Map.of("ignoreExpired",
                        entry.until() + " (" + ConfigLoader.FILE_NAME + ":" + entry.line() + ")")));
            }
        }
        expired.forEach((entry, count) -> kept.add(expiredNote(entry, count)));
        return new Outcome(kept, suppressed);
    }

    private static boolean inline(Finding f, Function<String, List<InlineIgnores.Comment>> commentsOf) {
        if (f.location() == null) {
            return false;
        }
        return commentsOf.apply(f.location().file()).stream().anyMatch(c -> c.covers(f.ruleId(), f.location().line()));
    }

    private static Finding expiredNote(IgnoreEntry entry, int count) {
        String what = entry.path().map(p -> "'" + entry.id() + "' in '" + p + "'").orElse("'" + entry.id() + "'");
        return EngineRules.EXPIRED_IGNORE.finding(entry.id() + "@" + entry.until(),
                new Location(ConfigLoader.FILE_NAME, entry.line()),
                "the ignore of " + what + " expired on " + entry.until() + " (reason given: " + entry.reason() + "); "
                        + count + (count == 1 ? " finding is" : " findings are") + " reported again");
    }
}
