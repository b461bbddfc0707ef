package dev.upkeep.versioning;

import java.util.Locale;
import java.util.Map;

/**
 * How many release parts name a product's release cycle, as endoflife.date names them: Node
 * {@code 20}, Python {@code 3.12}, PostgreSQL {@code 16} (but {@code 9.6} before version 10).
 */
public final class Cycles {
    private static final Map<String, Integer> DEPTH = Map.ofEntries(
            Map.entry("nodejs", 1), Map.entry("node", 1),
            Map.entry("python", 2),
            Map.entry("postgresql", 1), Map.entry("postgres", 1),
            Map.entry("redis", 2),
            Map.entry("alpine", 2), Map.entry("alpine-linux", 2),
            Map.entry("debian", 1),
            Map.entry("ubuntu", 2),
            Map.entry("nextjs", 1), Map.entry("next", 1),
            Map.entry("react", 1),
            Map.entry("django", 2),
            Map.entry("fastapi", 2),
            Map.entry("nginx", 2),
            Map.entry("mysql", 2),
            Map.entry("mongodb", 2));

    private Cycles() {}

    /** The cycle of {@code version} for {@code product}; two parts for products not listed. */
    public static String of(VersionScheme scheme, String product, Version version) {
        String p = product.toLowerCase(Locale.ROOT);
        int depth = DEPTH.getOrDefault(p, 2);
        long[] r = version.release();
        if ((p.equals("postgresql") || p.equals("postgres")) && r.length > 0 && r[0] < 10) {
            depth = 2;
        }
        return scheme.cycle(version, depth);
    }
}
