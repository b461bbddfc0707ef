package dev.upkeep.inventory.container.compose;

import java.util.HashMap;
import java.util.Map;

/**
 * The {@code .env} file Compose reads from the project folder: {@code KEY=value} lines, an optional
 * {@code export}, {@code #} comments, single or double quotes around the value. Only the values are
 * kept, for substitution into image references; nothing is reported from them.
 */
final class DotEnv {
    private DotEnv() {}

    static Map<String, String> parse(String text) {
        Map<String, String> values = new HashMap<>();
        for (String raw : text.split("\r?\n|\r")) {
            String line = raw.strip();
            if (line.startsWith("export ")) {
                line = line.substring(7).strip();
            }
            int eq = line.indexOf('=');
            if (line.startsWith("#") || eq <= 0) {
                continue;
            }
            values.put(line.substring(0, eq).strip(), value(line.substring(eq + 1).strip()));
        }
        return values;
    }

    private static String value(String v) {
        if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'')) {
            int close = v.indexOf(v.charAt(0), 1);
            if (close > 0) {
                return v.substring(1, close);
            }
        }
        int comment = v.indexOf(" #");
        return (comment >= 0 ? v.substring(0, comment) : v).strip();
    }
}
