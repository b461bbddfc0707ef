package dev.upkeep.inventory.githubactions.action;

import dev.upkeep.inventory.Extraction;
import dev.upkeep.inventory.Extractor;
import dev.upkeep.inventory.ExtractorInput;
import dev.upkeep.inventory.githubactions.Expressions;
import dev.upkeep.inventory.githubactions.StepReader;
import dev.upkeep.inventory.yaml.YamlNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Action metadata files ({@code action.yml}), such as the local actions a workflow calls with
 * {@code uses: ./.github/actions/setup}: the actions and setup runtimes of a composite action's
 * steps, and the image of a Docker action ({@code runs.image: docker://...}). A file without a
 * {@code runs} mapping is not an action and gives nothing.
 */
public final class ActionExtractor implements Extractor {
    @Override
    public String id() {
        return "github-actions/action";
    }

    @Override
    public String description() {
        return "actions, setup-* runtimes and images used by composite and Docker actions (action.yml)";
    }

    @Override
    public boolean wants(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.equals("action.yml") || name.equals("action.yaml");
    }

    @Override
    public Extraction extract(ExtractorInput input) throws IOException {
        String text = input.text();
        YamlNode runs = YamlNode.parse(text).get("runs");
        if (!runs.isMapping()) {
            return Extraction.empty();
        }
        StepReader reader = new StepReader(id(), input.path(), text);
        Map<String, String> properties = Map.of();
        Expressions expressions = Expressions.none().withEnv(Expressions.literals(runs.get("env")));
        reader.steps(runs.get("steps"), expressions, properties);
        String image = runs.get("image").text();
        if (image != null && image.startsWith("docker://")) {
            reader.image(runs.get("image"), image.substring("docker://".length()), expressions, properties);
        }
        return new Extraction(reader.components(), List.of(), reader.problems());
    }
}
