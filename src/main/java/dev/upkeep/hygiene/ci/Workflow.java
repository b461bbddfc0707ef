package dev.upkeep.hygiene.ci;

import static java.util.Objects.requireNonNull;

import dev.upkeep.config.SafeYaml;
import dev.upkeep.config.YamlNode.Mapping;
import dev.upkeep.config.YamlNode.Scalar;
import dev.upkeep.config.YamlNode.Sequence;
import dev.upkeep.config.YamlNode;
import dev.upkeep.config.YamlSyntaxException;
import dev.upkeep.inventory.FormatException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A CI file reduced to what the rules read: the events that trigger it and its steps. Reads GitHub
 * Actions workflows and, more loosely, .gitlab-ci.yml (each job's scripts become one step).
 */
record Workflow(String path, Set<String> events, List<Step> steps, String text) {
    private static final Set<String> GITLAB_RESERVED = Set.of(
            "stages", "variables", "default", "include", "workflow", "image", "services", "cache", "before_script", "after_script");

    Workflow {
        requireNonNull(path, "path is null");
        events = Set.copyOf(events);
        steps = List.copyOf(steps);
    }

    static Workflow parse(String path, String text) {
        Optional<YamlNode> root;
        try {
            root = SafeYaml.parse(text);
        } catch (YamlSyntaxException e) {
            throw new FormatException(e.getMessage(), e.line(), e);
        }
        if (root.isEmpty()) {
            return new Workflow(path, Set.of(), List.of(), text);
        }
        if (!(root.get() instanceof Mapping top)) {
            throw new FormatException("a workflow is a mapping, found " + root.get().describe(), root.get().line());
        }
        return path.endsWith(".gitlab-ci.yml") ? gitlab(path, top, text) : github(path, top, text);
    }

    private static Workflow github(String path, Mapping top, String text) {
        Set<String> events = new TreeSet<>();
        top.get("on").ifPresent(on -> {
            if (on instanceof Scalar s) {
                events.add(s.value());
            } else if (on instanceof Sequence seq) {
                seq.items().forEach(i -> events.add(scalar(i)));
            } else if (on instanceof Mapping m) {
                events.addAll(m.keys());
            }
        });
        String defaultDir = workingDirectory(top);
        List<Step> steps = new ArrayList<>();
        if (top.get("jobs").orElse(null) instanceof Mapping jobs) {
            for (YamlNode.Entry job : jobs.entries()) {
                if (!(job.value() instanceof Mapping def)) {
                    throw new FormatException("job '" + job.key().value() + "' is a mapping, found " + job.value().describe(), job.value().line());
                }
                String jobDir = workingDirectory(def);
                String dir = jobDir.isEmpty() ? defaultDir : jobDir;
                def.get("uses").ifPresent(u -> steps.add(new Step(job.key().value(), scalar(u), "", dir, inputs(def), u.line())));
                if (def.get("steps").orElse(null) instanceof Sequence seq) {
                    for (YamlNode item : seq.items()) {
                        if (item instanceof Mapping step) {
                            String stepDir = step.get("working-directory").map(Workflow::scalar).map(Workflow::relative).orElse(dir);
                            steps.add(new Step(job.key().value(), step.get("uses").map(Workflow::scalar).orElse(""),
                                    step.get("run").map(Workflow::scalar).orElse(""), stepDir, inputs(step), step.line()));
                        }
                    }
                }
            }
        }
        return new Workflow(path, events, steps, text);
    }

    private static Workflow gitlab(String path, Mapping top, String text) {
        List<Step> steps = new ArrayList<>();
        for (YamlNode.Entry job : top.entries()) {
            String name = job.key().value();
            if (GITLAB_RESERVED.contains(name) || name.startsWith(".") || !(job.value() instanceof Mapping def)) {
                continue;
            }
            StringBuilder script = new StringBuilder();
            for (String key : List.of("before_script", "script")) {
                def.get(key).ifPresent(s -> script.append(flatten(s)).append('\n'));
            }
            steps.add(new Step(name, "", script.toString(), "", Map.of(), job.key().line()));
        }
        return new Workflow(path, Set.of(), steps, text);
    }

    private static Map<String, String> inputs(Mapping def) {
        Map<String, String> with = new LinkedHashMap<>();
        if (def.get("with").orElse(null) instanceof Mapping m) {
            m.entries().forEach(e -> with.put(e.key().value(), flatten(e.value())));
        }
        return with;
    }

    private static String workingDirectory(Mapping def) {
        if (def.get("defaults").orElse(null) instanceof Mapping d && d.get("run").orElse(null) instanceof Mapping run) {
            return run.get("working-directory").map(Workflow::scalar).map(Workflow::relative).orElse("");
        }
        return "";
    }

    /** {@code ./frontend/} as {@code frontend}; {@code .} as the root. */
    static String relative(String dir) {
        String d = dir.strip().replaceFirst("^\\$\\{\\{\\s*github\\.workspace\\s*}}/?", "");
        while (d.startsWith("./")) {
            d = d.substring(2);
        }
        d = d.replaceAll("/+$", "");
        return d.equals(".") ? "" : d;
    }

    private static String scalar(YamlNode node) {
        return node instanceof Scalar s && !s.isNull() ? s.value() : "";
    }

    private static String flatten(YamlNode node) {
        if (node instanceof Sequence seq) {
            List<String> parts = new ArrayList<>();
            seq.items().forEach(i -> parts.add(flatten(i)));
            return String.join("\n", parts);
        }
        return scalar(node);
    }
}
