package dev.upkeep.inventory.runtime;

import java.util.ArrayList;
import java.util.List;

/** The lines of a small version file that say something: {@code #} comments and blank lines dropped. */
public final class CommentedLines {
    /** One meaningful line: its 1-based number and its text, stripped, without a comment. */
    public record Line(int number, String text) {}

    private CommentedLines() {}

    public static List<Line> of(String text) {
        List<Line> lines = new ArrayList<>();
        String[] raw = text.split("\r?\n|\r", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            line = line.strip();
            if (!line.isEmpty()) {
                lines.add(new Line(i + 1, line));
            }
        }
        return lines;
    }
}
