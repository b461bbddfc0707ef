package dev.upkeep.inventory.githubactions;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Problem;
import dev.upkeep.domain.Scope;
import dev.upkeep.inventory.container.ImageComponents;
import dev.upkeep.inventory.runtime.Runtimes;
import dev.upkeep.inventory.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what the {@code uses} of a workflow or composite action name: actions and reusable
 * workflows (with the version in a {@code # v4.1.1} comment after a SHA kept as
 * {@code ref-comment}), {@code docker://} images, and the runtimes that the setup actions
 * ({@code actions/setup-node}, {@code -python}, {@code -go}, {@code -java}) install. Local actions
 * ({@code ./...}) are part of the repository and name no component. Everything is
 * {@link Scope#DEV}: it builds and tests the stack, it does not run it.
 */
public final class StepReader {
    private record Setup(String input, String runtime) {}

    private static final Map<String, Setup> SETUPS = Map.of(
            "actions/setup-node", new Setup("node-version", "node"),
            "actions/setup-python", new Setup("python-version", "python"),
            "actions/setup-go", new Setup("go-version", "go"),
            "actions/setup-java", new Setup("java-version", "java"));
    private static final Pattern REF_COMMENT = Pattern.compile("#\\s*(v?\\d[\\w.+-]*)\\s*$");

    private final String source;
    private final String path;
    private final String[] lines;
    private final List<Component> components = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    /**
     * @param source the extractor id, for problems
     * @param path the file read
     * @param text its text, for the comments after {@code uses}
     */
    public StepReader(String source, String path, String text) {
        this.source = source;
        this.path = path;
        this.lines = text.split("\r?\n|\r", -1);
    }

    /** Reads a list of steps. */
    public void steps(YamlNode steps, Expressions expressions, Map<String, String> properties) {
        for (YamlNode step : steps.items()) {
            YamlNode uses = step.get("uses");
            Expressions scoped = expressions.withEnv(Expressions.literals(step.get("env")));
            uses(uses, scoped, properties);
            String name = uses.text() == null ? null : uses.text().replaceFirst("@.*", "");
            Setup setup = name == null ? null : SETUPS.get(name);
            if (setup != null) {
                runtime(setup, name.substring(name.indexOf('/') + 1), step.get("with").get(setup.input()), scoped, properties);
            }
        }
    }

    /** Reads one {@code uses} value, of a step or of a job calling a reusable workflow. */
    public void uses(YamlNode uses, Expressions expressions, Map<String, String> properties) {
        String text = uses.text();
        if (text == null) {
            return;
        }
        if (text.startsWith("docker://")) {
            image(uses, text.substring("docker://".length()), expressions, properties);
            return;
        }
        ActionRef.parse(text).ifPresentOrElse(ref -> {
            Component.Builder action = ref.builder().scope(Scope.DEV).location(at(uses));
            properties.forEach(action::property);
            if (ref.pinnedToSha()) {
                action.property("ref-comment", refComment(uses.line()));
            }
            components.add(action.build());
        }, () -> {
            if (!text.startsWith("./")) {
                problems.add(new Problem(source, at(uses), "not an action reference: '" + text + "'"));
            }
        });
    }

    /** Reads an image a job runs in or next to ({@code container}, {@code services}). */
    public void image(YamlNode node, String written, Expressions expressions, Map<String, String> properties) {
        for (Expressions.Literal resolved : expressions.expand(new Expressions.Literal(written, node.line()))) {
            Location at = new Location(path, resolved.line());
            ImageComponents.of(written, resolved.text(), at, Scope.DEV, properties).ifPresentOrElse(components::addAll,
                    () -> problems.add(new Problem(source, at, "not an image reference: '" + resolved.text() + "'")));
        }
    }

    public List<Component> components() {
        return List.copyOf(components);
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    private void runtime(Setup setup, String action, YamlNode version, Expressions expressions, Map<String, String> properties) {
        String written = version.text();
        if (written == null) {
            return; // a version file (read on its own) or the runner's default
        }
        for (Expressions.Literal value : expressions.expand(new Expressions.Literal(written, version.line()))) {
            String[] declared = value.text().split("\r?\n");
            // the lines of a block scalar ("|") start on the line after the node's own
            int first = declared.length > 1 && value.line() == version.line() ? value.line() + 1 : value.line();
            for (int i = 0; i < declared.length; i++) {
                if (!declared[i].isBlank()) {
                    Component.Builder runtime = Runtimes.builder(setup.runtime(), declared[i], action)
                            .scope(Scope.DEV).location(new Location(path, declared.length > 1 ? first + i : first));
                    properties.forEach(runtime::property);
                    components.add(runtime.build());
                }
            }
        }
    }

    private String refComment(int line) {
        if (line < 1 || line > lines.length) {
            return null;
        }
        Matcher m = REF_COMMENT.matcher(lines[line - 1]);
        return m.find() ? m.group(1) : null;
    }

    private Location at(YamlNode node) {
        return new Location(path, node.line());
    }
}
