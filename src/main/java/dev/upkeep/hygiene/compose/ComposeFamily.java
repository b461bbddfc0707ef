package dev.upkeep.hygiene.compose;

import dev.upkeep.config.SafeYaml;
import dev.upkeep.config.YamlNode;
import dev.upkeep.config.YamlNode.Mapping;
import dev.upkeep.config.YamlSyntaxException;
import dev.upkeep.domain.Finding;
import dev.upkeep.hygiene.LintContext;
import dev.upkeep.hygiene.LintFile;
import dev.upkeep.hygiene.RuleFamily;
import dev.upkeep.hygiene.RuleInfo;
import dev.upkeep.inventory.FormatException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Compose service contracts: health checks and readiness-aware dependencies, persistent database
 * data, no literal secrets, pinned images, no host takeover (Docker socket, privileged), no
 * database published to the world, restart policies.
 *
 * <p>An overlay ({@code compose.override.yaml}, {@code docker-compose.prod.yml} next to a base
 * file) only adds to the base: rules about something missing (health check, restart policy) skip
 * the services the base already defines, and a dependency may point at a base service.
 */
public final class ComposeFamily implements RuleFamily {
    private static final Pattern NAME = Pattern.compile(
            "^(?:(?:docker-)?compose(?:[.-][\\w.-]+)?|[\\w.-]+\\.override)\\.ya?ml$");
    static final List<String> BASE_NAMES = List.of("compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml");

    @Override
    public String id() {
        return "compose";
    }

    @Override
    public List<RuleInfo> rules() {
        return ComposeRules.ALL;
    }

    @Override
    public boolean wants(String path) {
        return NAME.matcher(fileName(path).toLowerCase(Locale.ROOT)).matches();
    }

    @Override
    public List<Finding> check(LintFile file, LintContext context) throws IOException {
        Map<String, Service> services = services(parse(file.text()));
        Map<String, Service> base = new LinkedHashMap<>();
        Optional<String> basePath = basePath(file.path(), context);
        if (basePath.isPresent()) {
            try {
                context.read(basePath.get()).ifPresent(text -> base.putAll(services(parse(text))));
            } catch (FormatException e) {
                // the base file gets its own "cannot parse" problem when it is checked
            }
        }
        ComposeStack stack = new ComposeStack(file.path(), services, base, context, isDevFile(file.path()));
        List<Finding> findings = new ArrayList<>();
        findings.addAll(RuntimeChecks.check(stack));
        findings.addAll(ExposureChecks.check(stack));
        return findings;
    }

    static Optional<YamlNode> parse(String text) {
        try {
            return SafeYaml.parse(text);
        } catch (YamlSyntaxException e) {
            throw new FormatException(e.getMessage(), e.line(), e);
        }
    }

    private static Map<String, Service> services(Optional<YamlNode> root) {
        Map<String, Service> services = new LinkedHashMap<>();
        if (root.isEmpty()) {
            return services;
        }
        if (!(root.get() instanceof Mapping top)) {
            throw new FormatException("a Compose file is a mapping, found " + root.get().describe(), root.get().line());
        }
        Optional<YamlNode> node = top.get("services");
        if (node.isEmpty() || node.get() instanceof YamlNode.Scalar s && s.isNull()) {
            return services;
        }
        if (!(node.get() instanceof Mapping all)) {
            throw new FormatException("'services' is a mapping of service names, found " + node.get().describe(), node.get().line());
        }
        for (YamlNode.Entry e : all.entries()) {
            if (e.value() instanceof Mapping def) {
                services.put(e.key().value(), new Service(e.key().value(), def, e.key().line()));
            } else if (!(e.value() instanceof YamlNode.Scalar s && s.isNull())) {
                throw new FormatException("service '" + e.key().value() + "' is a mapping, found " + e.value().describe(), e.value().line());
            }
        }
        return services;
    }

    /** The base file this one overlays, when it is not itself a base and one sits beside it. */
    private static Optional<String> basePath(String path, LintContext context) {
        if (BASE_NAMES.contains(fileName(path))) {
            return Optional.empty();
        }
        String dir = path.substring(0, path.lastIndexOf('/') + 1);
        List<String> paths = context.paths();
        return BASE_NAMES.stream().map(n -> dir + n).filter(paths::contains).findFirst();
    }

    /** Files for development or CI only, where a restart policy does not matter. */
    private static boolean isDevFile(String path) {
        String name = fileName(path).toLowerCase(Locale.ROOT);
        return name.matches(".*[.-](dev|development|local|test|testing|ci|debug)[.-].*") || name.contains(".override.");
    }

    static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
