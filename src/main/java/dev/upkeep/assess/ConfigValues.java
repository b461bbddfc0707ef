package dev.upkeep.assess;

import dev.upkeep.calendar.Cadence;
import dev.upkeep.config.ConfigNodes;
import dev.upkeep.config.YamlNode;
import dev.upkeep.domain.FindingClass;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Typed values of upkeep.yml's policy sections: durations, percentages, classes, cadences. */
final class ConfigValues {
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|min|h|d|w)");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%?");

    private ConfigValues() {}

    /** {@code 24h}, {@code 3d}, {@code 2w}, {@code 30m}, {@code 500ms}. */
    static Duration duration(YamlNode node, ConfigNodes nodes, String field) {
        String text = nodes.string(node, field).toLowerCase(Locale.ROOT);
        Matcher m = DURATION.matcher(text);
        if (!m.matches()) {
            throw nodes.fail(node, field, "'" + text + "' is not a duration (a number and a unit: 24h, 3d, 2w, 30m, 500ms)");
        }
        long n = Long.parseLong(m.group(1));
        Duration d = switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m", "min" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            default -> Duration.ofDays(7 * n);
        };
        if (d.isZero()) {
            throw nodes.fail(node, field, "must be more than zero");
        }
        return d;
    }

    /** {@code 1%}, {@code 2.5%} or a plain number of percent. */
    static double percent(YamlNode node, ConfigNodes nodes, String field) {
        String text = nodes.string(node, field);
        Matcher m = PERCENT.matcher(text);
        if (!m.matches()) {
            throw nodes.fail(node, field, "'" + text + "' is not a percentage (1%, 2.5%)");
        }
        double v = Double.parseDouble(m.group(1));
        if (v > 100) {
            throw nodes.fail(node, field, "'" + text + "' is more than 100%");
        }
        return v;
    }

    static int positiveInt(YamlNode node, ConfigNodes nodes, String field) {
        String text = nodes.string(node, field);
        try {
            int v = Integer.parseInt(text);
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw nodes.fail(node, field, "'" + text + "' is not a positive whole number");
    }

    static FindingClass findingClass(YamlNode node, ConfigNodes nodes, String field) {
        String text = nodes.string(node, field).toLowerCase(Locale.ROOT);
        for (FindingClass c : FindingClass.values()) {
            if (c.id().equals(text)) {
                return c;
            }
        }
        throw nodes.fail(node, field, "'" + text + "' is not a class (urgent, planned, defer)");
    }

    static Cadence cadence(YamlNode node, ConfigNodes nodes, String field) {
        try {
            return Cadence.fromId(nodes.string(node, field));
        } catch (IllegalArgumentException e) {
            throw nodes.fail(node, field, e.getMessage());
        }
    }
}
