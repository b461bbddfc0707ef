package dev.upkeep.calendar;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * A change freeze: on the days of {@code span} only work of the {@code allow}ed categories may
 * happen. Categories are {@code security} (fixes an advisory, or urgent), {@code patch},
 * {@code minor}, {@code major} (the size of an update), {@code hygiene} and {@code operations}
 * (work a live probe asked for: a vacuum, a certificate, a backup).
 *
 * @param name for reports ({@code holidays})
 * @param reason why, or empty
 */
public record Freeze(String name, FreezeSpan span, Set<String> allow, String reason) {
    /** Every category of work a freeze can allow. */
    public static final Set<String> CATEGORIES = Set.of("security", "patch", "minor", "major", "hygiene", "operations");

    public Freeze {
        requireNonNull(name, "name is null");
        requireNonNull(span, "span is null");
        allow = Set.copyOf(new TreeSet<>(allow));
        reason = reason == null ? "" : reason;
        for (String a : allow) {
            if (!CATEGORIES.contains(a)) {
                throw new IllegalArgumentException("unknown category '" + a + "' (" + String.join(", ", new TreeSet<>(CATEGORIES)) + ")");
            }
        }
    }

    /**
     * Whether this freeze stops work on {@code day}: it covers the day and at least one piece of
     * the work has no allowed category. Each element of {@code work} is the categories of one
     * upgrade or task; one of them being allowed is enough for that piece.
     */
    public boolean blocks(LocalDate day, Set<Set<String>> work) {
        return span.covers(day) && work.stream().anyMatch(cats -> cats.stream().noneMatch(allow::contains));
    }
}
