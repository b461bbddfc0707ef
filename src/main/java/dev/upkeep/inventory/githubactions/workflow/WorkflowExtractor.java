package dev.upkeep.inventory.githubactions.workflow;

import dev.upkeep.inventory.Extraction;
import dev.upkeep.inventory.Extractor;
import dev.upkeep.inventory.ExtractorInput;
import dev.upkeep.inventory.FormatException;
import dev.upkeep.inventory.githubactions.Expressions;
import dev.upkeep.inventory.githubactions.StepReader;
import dev.upkeep.inventory.yaml.YamlNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * GitHub Actions workflows ({@code .github/workflows/*.yml}): the actions every step uses, the
 * reusable workflows jobs call, the images of {@code container} and {@code services}, and the
 * runtimes the setup actions install. {@code ${{ matrix.X }}} and {@code ${{ env.X }}} are filled
 * in from the workflow's literals, one component per matrix value; other expressions are VARIABLE.
 */
public final class WorkflowExtractor implements Extractor {
    private static final Pattern PATH = Pattern.compile("(?:.*/)?\\.github/workflows/[^/]+\\.ya?ml");

    @Override
    public String id() {
        return "github-actions/workflow";
    }

    @Override
    public String description() {
        return "actions, reusable workflows, job images and setup-* runtimes of GitHub Actions workflows";
    }

    @Override
    public boolean wants(String path) {
        return PATH.matcher(path).matches();
    }

    @Override
    public Extraction extract(ExtractorInput input) throws IOException {
        String text = input.text();
        YamlNode root = YamlNode.parse(text);
        if (!root.isMapping() || !root.get("jobs").isMapping()) {
            throw new FormatException("expected a workflow with a 'jobs' mapping", root.line());
        }
        StepReader reader = new StepReader(id(), input.path(), text);
        Map<String, Expressions.Literal> workflowEnv = Expressions.literals(root.get("env"));
        for (Map.Entry<String, YamlNode> job : root.get("jobs").entries().entrySet()) {
            YamlNode body = job.getValue();
            Map<String, String> properties = Map.of("job", job.getKey());
            Expressions expressions = new Expressions(Matrix.literals(body.get("strategy").get("matrix")), workflowEnv)
                    .withEnv(Expressions.literals(body.get("env")));
            reader.uses(body.get("uses"), expressions, properties);
            YamlNode container = body.get("container");
            image(reader, container.isMapping() ? container.get("image") : container, expressions, properties);
            for (Map.Entry<String, YamlNode> service : body.get("services").entries().entrySet()) {
                Map<String, String> serviceProperties = new LinkedHashMap<>(properties);
                serviceProperties.put("service", service.getKey());
                image(reader, service.getValue().get("image"), expressions, serviceProperties);
            }
            reader.steps(body.get("steps"), expressions, properties);
        }
        return new Extraction(reader.components(), List.of(), reader.problems());
    }

    private static void image(StepReader reader, YamlNode image, Expressions expressions, Map<String, String> properties) {
        String written = image.text();
        if (written != null && !written.isBlank()) { // an empty image turns a matrix service off
            reader.image(image, written, expressions, properties);
        }
    }
}
