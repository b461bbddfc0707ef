package dev.upkeep.domain;

import static java.util.Objects.requireNonNull;

/**
 * Something upkeep could not read or reach, reported in the output instead of ending the run.
 *
 * @param source who noticed: an extractor id ({@code npm/package-lock}), a rule, a source, or
 *     {@code walker}
 * @param location the file (and line where known), or a URL or target name
 * @param message what is wrong, in one line
 */
public record Problem(String source, Location location, String message) implements Comparable<Problem> {
    public Problem {
        requireNonNull(source, "source is null");
        requireNonNull(location, "location is null");
        requireNonNull(message, "message is null");
        message = message.replace('\n', ' ').strip();
    }

    @Override
    public int compareTo(Problem o) {
        int c = location.compareTo(o.location);
        return c != 0 ? c : (source + message).compareTo(o.source + o.message);
    }

    @Override
    public String toString() {
        return location + ": " + message + " (" + source + ")";
    }
}
