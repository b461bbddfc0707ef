package dev.upkeep.inventory.python;

import dev.upkeep.domain.Scope;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/**
 * The scope of a dependency that sits outside a project's main list: an extra
 * ({@code [project.optional-dependencies]}), a PEP 735 dependency group, a Poetry, uv or PDM group,
 * or a lockfile section. The rule, the same for every Python format:
 *
 * <ul>
 *   <li>a group whose name says development ({@code dev}, {@code test}, {@code lint}, {@code docs},
 *       {@code typing}, ... or a name made of such words, such as {@code test-extras}) is
 *       {@link Scope#DEV};
 *   <li>any other extra or group is {@link Scope#OPTIONAL}: installed only when asked for;
 *   <li>the main list ({@code main}, {@code default}, {@code [project] dependencies}) is
 *       {@link Scope#PROD}.
 * </ul>
 */
public final class DependencyGroups {
    /** Words that mark a group as development-only. */
    static final Set<String> DEV_WORDS = Set.of(
            "dev", "devel", "develop", "development", "test", "tests", "testing", "pytest", "tox", "nox",
            "lint", "lints", "linting", "linter", "linters", "ruff", "flake8", "pylint", "docs", "doc",
            "documentation", "sphinx", "mkdocs", "typing", "types", "type", "typecheck", "mypy", "pyright",
            "format", "formatting", "fmt", "style", "qa", "ci", "check", "checks", "coverage", "cov", "bench",
            "benchmark", "benchmarks", "debug", "precommit", "pre-commit", "tooling", "e2e", "unit", "integration");

    private static final Set<String> MAIN = Set.of("main", "default");

    private DependencyGroups() {}

    public static boolean isDevLike(String group) {
        String g = group.strip().toLowerCase(Locale.ROOT);
        if (DEV_WORDS.contains(g)) {
            return true;
        }
        for (String word : g.split("[-_.\\s]+")) {
            if (DEV_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The scope of one named group or extra, by the rule above. */
    public static Scope scopeOf(String group) {
        if (MAIN.contains(group.strip().toLowerCase(Locale.ROOT))) {
            return Scope.PROD;
        }
        return isDevLike(group) ? Scope.DEV : Scope.OPTIONAL;
    }

    /** The strongest scope among several groups; {@link Scope#PROD} when there are none. */
    public static Scope scopeOf(Collection<String> groups) {
        Scope best = null;
        for (String g : groups) {
            Scope s = scopeOf(g);
            best = best == null ? s : best.strongest(s);
        }
        return best == null ? Scope.PROD : best;
    }
}
