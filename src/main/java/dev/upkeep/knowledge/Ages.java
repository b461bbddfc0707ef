package dev.upkeep.knowledge;

import java.time.Duration;

/** Durations the way a person says them: "40 s", "3 h", "12 days". */
public final class Ages {
    private Ages() {}

    public static String human(Duration d) {
        long s = Math.max(0, d.getSeconds());
        if (s < 90) {
            return s + " s";
        }
        if (s < 90 * 60) {
            return (s / 60) + " min";
        }
        if (s < 36 * 3600) {
            return (s / 3600) + " h";
        }
        return (s / 86400) + " days";
    }
}
