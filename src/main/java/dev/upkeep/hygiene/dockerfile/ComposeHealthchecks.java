package dev.upkeep.hygiene.dockerfile;

import dev.upkeep.hygiene.LintContext;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Whether a Compose file of the repository checks the health of a service built from a given
 * Dockerfile. A Compose file that does not parse is not this family's to report (the compose
 * family does); it simply does not count.
 */
final class ComposeHealthchecks {
    private static final Pattern COMPOSE = Pattern.compile("(?:.*/)?(?:docker-)?compose(?:\\.[\\w.-]+)?\\.ya?ml");

    private ComposeHealthchecks() {}

    /** The Compose file and service that checks health for the Dockerfile at {@code dockerfile}, if any. */
    static Optional<String> checking(LintContext context, String dockerfile) throws IOException {
        for (String path : context.paths()) {
            if (!COMPOSE.matcher(path).matches()) {
                continue;
            }
            Optional<String> text = context.read(path);
            if (text.isEmpty()) {
                continue;
            }
            Optional<String> service = serviceWithHealthcheck(path, text.get(), dockerfile);
            if (service.isPresent()) {
                return Optional.of(path + " (service " + service.get() + ")");
            }
        }
        return Optional.empty();
    }

    static Optional<String> serviceWithHealthcheck(String composePath, String text, String dockerfile) {
        Object root;
        try {
            root = yaml().load(text);
        } catch (YAMLException e) {
            return Optional.empty(); // not ours to report: the compose family says why it does not parse
        }
        if (!(root instanceof Map<?, ?> doc) || !(doc.get("services") instanceof Map<?, ?> services)) {
            return Optional.empty();
        }
        Path dir = Path.of(composePath).getParent();
        for (Map.Entry<?, ?> e : services.entrySet()) {
            if (e.getValue() instanceof Map<?, ?> service && checksHealth(service.get("healthcheck"))
                    && builds(dir, service.get("build"), dockerfile)) {
                return Optional.of(String.valueOf(e.getKey()));
            }
        }
        return Optional.empty();
    }

    private static boolean checksHealth(Object healthcheck) {
        if (!(healthcheck instanceof Map<?, ?> h) || Boolean.TRUE.equals(h.get("disable"))) {
            return false;
        }
        Object test = h.get("test");
        return !(test instanceof List<?> l && !l.isEmpty() && "NONE".equals(l.get(0))) && !"NONE".equals(test);
    }

    private static boolean builds(Path composeDir, Object build, String dockerfile) {
        String context;
        String file = "Dockerfile";
        if (build instanceof String s) {
            context = s;
        } else if (build instanceof Map<?, ?> m) {
            context = m.get("context") == null ? "." : String.valueOf(m.get("context"));
            file = m.get("dockerfile") == null ? file : String.valueOf(m.get("dockerfile"));
        } else {
            return false;
        }
        if (context.contains("://") || context.startsWith("git@")) {
            return false;
        }
        Path base = composeDir == null ? Path.of("") : composeDir;
        Path resolved = base.resolve(context).resolve(file).normalize();
        return resolved.toString().replace('\\', '/').equals(Path.of(dockerfile).normalize().toString().replace('\\', '/'));
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(100);
        options.setCodePointLimit(5 * 1024 * 1024);
        return new Yaml(new SafeConstructor(options));
    }
}
