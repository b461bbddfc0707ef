package dev.upkeep.hygiene.compose;

import dev.upkeep.config.YamlNode;
import dev.upkeep.config.YamlNode.Mapping;
import dev.upkeep.config.YamlNode.Scalar;
import dev.upkeep.config.YamlNode.Sequence;
import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Location;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Whether services stay up and start in order: health checks, readiness-aware dependencies, restart policies. */
final class RuntimeChecks {
    private static final Pattern HEALTHCHECK = Pattern.compile("(?im)^\\s*HEALTHCHECK\\s+(?!NONE\\b)");

    private RuntimeChecks() {}

    static List<Finding> check(ComposeStack stack) {
        List<Finding> findings = new ArrayList<>();
        for (Service s : stack.services().values()) {
            boolean lasting = !stack.definedInBase(s) && !stack.runsOnceOrOnDemand(s);
            if (lasting && !stack.dev() && !s.has("healthcheck") && !healthCheckedElsewhere(stack, s)) {
                findings.add(ComposeRules.NO_HEALTHCHECK.finding(s.name(), at(stack, s.line()),
                        "service '" + s.name() + "' has no healthcheck, so Compose cannot tell when it is ready or hung"));
            }
            if (lasting && !stack.dev() && !s.has("restart") && !hasDeployRestartPolicy(s)) {
                findings.add(ComposeRules.NO_RESTART_POLICY.finding(s.name(), at(stack, s.line()),
                        "service '" + s.name() + "' has no restart policy, so it stays down after a crash or a reboot"));
            }
            if (!stack.dev()) {
                findings.addAll(unreadyDependencies(stack, s));
            }
        }
        return findings;
    }

    private static List<Finding> unreadyDependencies(ComposeStack stack, Service s) {
        List<Finding> findings = new ArrayList<>();
        Optional<YamlNode> dependsOn = s.get("depends_on");
        if (dependsOn.isEmpty()) {
            return findings;
        }
        for (Dependency d : dependencies(dependsOn.get())) {
            Optional<String> image = stack.image(d.name());
            if (image.isEmpty() || !Images.isDatabase(image.get()) || "service_healthy".equals(d.condition())) {
                continue;
            }
            String how = d.condition() == null ? "without a condition" : "with condition " + d.condition();
            findings.add(ComposeRules.UNREADY_DEPENDENCY.finding(s.name() + "->" + d.name(), at(stack, d.line()),
                    "service '" + s.name() + "' depends on database '" + d.name() + "' (" + image.get() + ") " + how
                            + ", so it may start before the database accepts connections"));
        }
        return findings;
    }

    /** The condition {@code service} waits for on {@code target}: empty when it does not depend on it, null-free otherwise ("" for none). */
    static Optional<String> dependencyCondition(Service service, String target) {
        Optional<YamlNode> dependsOn = service.get("depends_on");
        if (dependsOn.isEmpty()) {
            return Optional.empty();
        }
        return dependencies(dependsOn.get()).stream().filter(d -> d.name().equals(target)).findFirst()
                .map(d -> d.condition() == null ? "" : d.condition());
    }

    private record Dependency(String name, String condition, int line) {}

    private static List<Dependency> dependencies(YamlNode node) {
        List<Dependency> deps = new ArrayList<>();
        if (node instanceof Sequence seq) {
            seq.items().stream().filter(Scalar.class::isInstance).map(Scalar.class::cast)
                    .forEach(s -> deps.add(new Dependency(s.value(), null, s.line())));
        } else if (node instanceof Mapping m) {
            for (YamlNode.Entry e : m.entries()) {
                String condition = e.value() instanceof Mapping def
                        ? def.get("condition").filter(Scalar.class::isInstance).map(c -> ((Scalar) c).value()).orElse(null)
                        : null;
                deps.add(new Dependency(e.key().value(), condition, e.key().line()));
            }
        }
        return deps;
    }

    private static boolean hasDeployRestartPolicy(Service s) {
        return s.get("deploy").filter(Mapping.class::isInstance).map(d -> ((Mapping) d).get("restart_policy").isPresent()).orElse(false);
    }

    /**
     * Whether the service's health is checked, or reported, outside its Compose definition: its
     * Dockerfile declares a HEALTHCHECK, or no service built from that Dockerfile has a Compose
     * healthcheck, in which case {@code dockerfile/no-healthcheck} reports the image once rather
     * than this rule once per service.
     */
    private static boolean healthCheckedElsewhere(ComposeStack stack, Service s) {
        Optional<String> dockerfile = dockerfile(stack, s);
        if (dockerfile.isEmpty()) {
            return false;
        }
        try {
            if (stack.context().read(dockerfile.get()).map(text -> HEALTHCHECK.matcher(text).find()).orElse(false)) {
                return true;
            }
        } catch (IOException e) {
            return false; // an unreadable Dockerfile says nothing about a health check
        }
        return Stream.concat(stack.services().values().stream(), stack.base().values().stream())
                .noneMatch(other -> other.has("healthcheck") && dockerfile(stack, other).equals(dockerfile));
    }

    /** The repository path of the Dockerfile the service is built from, when it builds one that is in the repository. */
    private static Optional<String> dockerfile(ComposeStack stack, Service s) {
        Optional<YamlNode> build = s.get("build");
        if (build.isEmpty()) {
            return Optional.empty();
        }
        String context = ".";
        String dockerfile = "Dockerfile";
        if (build.get() instanceof Scalar sc) {
            context = sc.value();
        } else if (build.get() instanceof Mapping m) {
            context = m.get("context").filter(Scalar.class::isInstance).map(n -> ((Scalar) n).value()).orElse(".");
            dockerfile = m.get("dockerfile").filter(Scalar.class::isInstance).map(n -> ((Scalar) n).value()).orElse("Dockerfile");
        }
        String dir = stack.path().substring(0, stack.path().lastIndexOf('/') + 1);
        return normalize(dir + context + "/" + dockerfile).filter(stack.context().paths()::contains);
    }

    /** {@code a/./b/../c} as {@code a/c}; empty when it climbs out of the repository. */
    static Optional<String> normalize(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/+")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return Optional.of(String.join("/", parts));
    }

    static Location at(ComposeStack stack, int line) {
        return new Location(stack.path(), line);
    }
}
