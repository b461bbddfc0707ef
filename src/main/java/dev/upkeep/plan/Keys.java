package dev.upkeep.plan;

import dev.upkeep.assess.LifecycleStatus;
import dev.upkeep.domain.Component;
import dev.upkeep.domain.Kind;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names what moves: {@code npm:next}, {@code pypi:fastapi}, {@code runtime:nodejs}. A runtime is one
 * thing however it is written (a version file, an image, a CI service), so runtimes and the
 * official images of a runtime share the key of their endoflife.date product.
 */
final class Keys {
    static final String NODE = "runtime:nodejs";
    static final String PYTHON = "runtime:python";

    /** Runtime and image names → endoflife.date product, for stacks without lifecycle data. */
    private static final Map<String, String> PRODUCTS = Map.of(
            "node", "nodejs", "nodejs", "nodejs", "python", "python", "postgres", "postgresql", "postgresql", "postgresql",
            "redis", "redis", "mysql", "mysql", "mariadb", "mariadb", "mongo", "mongodb");

    /** Database servers: a new major of one is a data migration. */
    static final Set<String> DATABASES = Set.of("postgresql", "mysql", "mariadb", "mongodb");

    private Keys() {}

    static String of(Component c, LifecycleStatus life) {
        return switch (c.ecosystem()) {
            case NPM -> "npm:" + c.name();
            case PYPI -> "pypi:" + c.name().toLowerCase(Locale.ROOT);
            case MAVEN -> "maven:" + c.name();
            case GITHUB_ACTIONS -> "github-actions:" + c.name();
            default -> runtimeKey(c, life);
        };
    }

    private static String runtimeKey(Component c, LifecycleStatus life) {
        String prefix = c.kind() == Kind.OS ? "os:" : "runtime:";
        if (life != null && c.kind() != Kind.PACKAGE) {
            return prefix + life.product();
        }
        String product = PRODUCTS.get(shortName(c.name()).toLowerCase(Locale.ROOT));
        if (product != null && (c.kind() == Kind.RUNTIME || c.name().startsWith("library/") || !c.name().contains("/"))) {
            return prefix + product;
        }
        return c.kind() == Kind.OS ? "os:" + c.name() : "docker:" + c.name();
    }

    /** {@code library/postgres} → {@code postgres}. */
    static String shortName(String name) {
        return name.startsWith("library/") ? name.substring("library/".length()) : name;
    }

    /** The key without its namespace: {@code npm:next} → {@code next}. */
    static String display(String key) {
        return key.substring(key.indexOf(':') + 1);
    }

    static String namespace(String key) {
        return key.substring(0, key.indexOf(':'));
    }

    /** Every name a risk glob or a group may use for this component. */
    static Set<String> names(Component c, String key) {
        Set<String> names = new LinkedHashSet<>();
        names.add(c.name());
        names.add(shortName(c.name()));
        names.add(display(key));
        return names;
    }

    static boolean isRuntime(String key) {
        return key.startsWith("runtime:") || key.startsWith("os:");
    }
}
