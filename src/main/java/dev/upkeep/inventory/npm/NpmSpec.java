package dev.upkeep.inventory.npm;

import static java.util.Objects.requireNonNull;

import dev.upkeep.domain.SkipReason;
import java.util.regex.Pattern;

/**
 * A dependency as a manifest declares it ({@code "react": "^18.2.0"}), read the way npm reads it.
 *
 * @param name the real package name: for an alias {@code "foo": "npm:bar@^1"} it is {@code bar}
 * @param alias the declared name when it differs from the real one, else {@code null}
 * @param range what is asked of the registry ({@code ^1} above); the whole spec for other origins
 * @param version the version when the spec pins one exactly ({@code 1.2.3}, {@code =1.2.3}), else
 *     {@code null}
 * @param origin where the package comes from
 */
public record NpmSpec(String name, String alias, String range, String version, Origin origin) {
    private static final Pattern EXACT = Pattern.compile(
            "=?\\s*v?(\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?)");

    /** What a range (not a package name) may start with, after yarn's {@code npm:} protocol. */
    private static final Pattern RANGE_START = Pattern.compile("$|[\\^~<>=*0-9]|[xX](?:$|[.\\s])");

    public NpmSpec {
        requireNonNull(name, "name is null");
        requireNonNull(range, "range is null");
        requireNonNull(origin, "origin is null");
    }

    /** Reads {@code spec} as declared under {@code declaredName}. */
    public static NpmSpec parse(String declaredName, String spec) {
        String s = spec == null ? "" : spec.strip();
        if (s.startsWith("npm:") && !RANGE_START.matcher(s.substring(4)).lookingAt()) {
            String target = s.substring(4);
            int at = target.indexOf('@', 1);
            String real = at < 0 ? target : target.substring(0, at);
            String range = at < 0 ? "" : target.substring(at + 1);
            NpmSpec inner = parse(real, range);
            return new NpmSpec(real, real.equals(declaredName) ? null : declaredName, inner.range, inner.version, inner.origin);
        }
        if (s.startsWith("npm:")) {
            s = s.substring(4); // yarn berry's protocol prefix on a plain range: npm:^1.2.0
        }
        Origin origin = Origin.ofSpec(s);
        String version = null;
        if (origin.registry()) {
            var m = EXACT.matcher(s);
            if (m.matches()) {
                version = m.group(1);
            }
        }
        return new NpmSpec(declaredName, null, s, version, origin);
    }

    /** Why no version can be named without a lockfile; {@code null} when the spec pins one. */
    public SkipReason skipReason() {
        if (!origin.registry()) {
            return origin.skipReason();
        }
        return version == null ? SkipReason.UNPINNED : null;
    }

    /** The part after {@code name@} in a {@code name@spec} string; {@code name} is what comes before. */
    public static String[] splitNameAt(String nameAtSpec) {
        int at = nameAtSpec.indexOf('@', 1);
        return at < 0 ? new String[] {nameAtSpec, ""} : new String[] {nameAtSpec.substring(0, at), nameAtSpec.substring(at + 1)};
    }
}
