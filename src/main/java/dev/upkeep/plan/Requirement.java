package dev.upkeep.plan;

import static java.util.Objects.requireNonNull;

/**
 * What one release requires of another thing in the stack: a peer dependency, an engine, a pinned
 * dependency, a Python version.
 *
 * @param declarer the key of the package that requires it
 * @param version the declarer's version
 * @param via the dependency of the declarer that states it ({@code eslint-plugin-react@7.37.5}), or
 *     null when the declarer states it itself
 * @param on the key required
 * @param range the range required, in {@code scheme}
 * @param scheme the version scheme of the range ({@code npm}, {@code pep440})
 * @param kind {@code peer}, {@code engines}, {@code requires-dist} or {@code requires-python}
 */
public record Requirement(String declarer, String version, String via, String on, String range, String scheme, String kind) {
    public Requirement {
        requireNonNull(declarer, "declarer is null");
        requireNonNull(version, "version is null");
        requireNonNull(on, "on is null");
        requireNonNull(range, "range is null");
        requireNonNull(scheme, "scheme is null");
        requireNonNull(kind, "kind is null");
    }

    /** {@code next 16.4.6 needs node >=20.9.0 (engines)}. */
    public String describe() {
        return Keys.display(declarer) + " " + version + (via == null ? "" : " (through " + via + ")") + " needs "
                + Keys.display(on) + " " + range + " (" + kind + ")";
    }
}
