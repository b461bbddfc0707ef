package dev.upkeep.domain;

import static java.util.Objects.requireNonNull;

/**
 * A place in the repository: a file relative to the scanned root (forward slashes) and a 1-based
 * line, or 0 where the format gives no line.
 */
public record Location(String file, int line) implements Comparable<Location> {
    public Location {
        requireNonNull(file, "file is null");
        if (line < 0) {
            throw new IllegalArgumentException("line is negative: " + line);
        }
    }

    public static Location of(String file) {
        return new Location(file, 0);
    }

    @Override
    public int compareTo(Location o) {
        int c = file.compareTo(o.file);
        return c != 0 ? c : Integer.compare(line, o.line);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
