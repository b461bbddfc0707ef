package dev.upkeep.probe;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as upkeep.yml writes them: {@code 500ms}, {@code 10s}, {@code 15m}, {@code 24h}, {@code 7d}, {@code 1h30m}. */
public final class Durations {
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h|d|w)");

    private Durations() {}

    /**
     * Parses {@code text}.
     *
     * @throws IllegalArgumentException saying what is accepted
     */
    public static Duration parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Matcher m = PART.matcher(t);
        Duration total = Duration.ZERO;
        int at = 0;
        while (m.find() && m.start() == at) {
            double n = Double.parseDouble(m.group(1));
            long unitMillis = switch (m.group(2)) {
                case "ms" -> 1L;
                case "s" -> 1_000L;
                case "m" -> 60_000L;
                case "h" -> 3_600_000L;
                case "d" -> 86_400_000L;
                default -> 604_800_000L;
            };
            total = total.plusMillis(Math.round(n * unitMillis));
            at = m.end();
            while (at < t.length() && t.charAt(at) == ' ') {
                at++;
            }
        }
        if (at == 0 || at != t.length()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration (like 500ms, 10s, 15m, 24h, 7d, 1h30m)");
        }
        return total;
    }

    /** A short human form: {@code 850 ms}, {@code 12.5 s}, {@code 3 min}, {@code 26 h}, {@code 3 days}. */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms < 1_000) {
            return ms + " ms";
        }
        if (ms < 60_000) {
            return trim(ms / 1000.0) + " s";
        }
        if (ms < 3_600_000) {
            return trim(ms / 60_000.0) + " min";
        }
        if (ms < 172_800_000) {
            return trim(ms / 3_600_000.0) + " h";
        }
        return trim(ms / 86_400_000.0) + " days";
    }

    private static String trim(double v) {
        double r = Math.round(v * 10) / 10.0;
        return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
    }
}
