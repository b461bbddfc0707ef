package dev.upkeep.inventory.runtime;

import dev.upkeep.domain.SkipReason;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a declared runtime version names: {@code v20.11.1} is 20.11.1, {@code 20.x} is 20,
 * {@code lts/iron} is Node 20, {@code lts/*} or {@code >=18} name no one version (UNPINNED), and
 * {@code ${{ matrix.node }}} or {@code $NODE} cannot be read from the file (VARIABLE).
 *
 * @param version the version as written once the prefix {@code v} and trailing {@code .x} are
 *     dropped, or null
 * @param skipReason why there is no version, or null
 * @param alias the alias the version was read from ({@code lts/iron}), or null
 */
public record RuntimeVersion(String version, SkipReason skipReason, String alias) {
    private static final Pattern VERSION = Pattern.compile("\\d++(?:\\.\\d++)*+(?:[-.+]?[0-9A-Za-z]++)*+");
    private static final Pattern WILDCARD_TAIL = Pattern.compile("(\\.(x|X|\\*))+$");
    private static final Set<String> FLOATING = Set.of(
            "node", "stable", "latest", "current", "lts", "lts/*", "system", "*", "x", "");
    /** Node.js LTS lines by codename (nodejs.org release schedule). */
    private static final Map<String, String> NODE_LTS = Map.ofEntries(
            Map.entry("argon", "4"), Map.entry("boron", "6"), Map.entry("carbon", "8"),
            Map.entry("dubnium", "10"), Map.entry("erbium", "12"), Map.entry("fermium", "14"),
            Map.entry("gallium", "16"), Map.entry("hydrogen", "18"), Map.entry("iron", "20"),
            Map.entry("jod", "22"), Map.entry("krypton", "24"));

    /** Reads {@code declared}, a version of the runtime {@code runtime} ({@code node}, {@code python}...). */
    public static RuntimeVersion read(String runtime, String declared) {
        String text = declared.strip();
        if (text.contains("$")) {
            return new RuntimeVersion(null, SkipReason.VARIABLE, null);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if ("node".equals(runtime)) {
            String codename = lower.startsWith("lts/") ? lower.substring(4) : lower;
            String major = NODE_LTS.get(codename);
            if (major != null) {
                return new RuntimeVersion(major, null, text);
            }
        }
        if (FLOATING.contains(lower) || lower.startsWith("lts/") || lower.startsWith("latest")) {
            return new RuntimeVersion(null, SkipReason.UNPINNED, null);
        }
        String version = WILDCARD_TAIL.matcher(stripV(text)).replaceFirst("");
        if (VERSION.matcher(version).matches()) {
            return new RuntimeVersion(version, null, null);
        }
        return new RuntimeVersion(null, SkipReason.UNPINNED, null); // a range, or a name we do not know
    }

    private static String stripV(String text) {
        return text.length() > 1 && (text.charAt(0) == 'v' || text.charAt(0) == 'V') && Character.isDigit(text.charAt(1))
                ? text.substring(1)
                : text;
    }
}
