package dev.upkeep.inventory.container.compose;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.InventoryFile;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Problem;
import dev.upkeep.domain.Scope;
import dev.upkeep.inventory.Extraction;
import dev.upkeep.inventory.Extractor;
import dev.upkeep.inventory.ExtractorInput;
import dev.upkeep.inventory.FormatException;
import dev.upkeep.inventory.container.ImageComponents;
import dev.upkeep.inventory.container.Interpolation;
import dev.upkeep.inventory.yaml.YamlNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Compose files ({@code compose.yaml}, {@code docker-compose.yml}, overrides such as
 * {@code docker-compose.override.yml} or {@code compose.prod.yaml}, each read on its own): the image
 * of every service, with the runtime and OS it holds, anchors and {@code <<} merges applied.
 * Variables in an image are taken from the {@code .env} file beside the compose file, then from
 * their defaults; what stays unknown is VARIABLE. A service that builds ({@code build:}) is recorded
 * as the file {@code <context>/<dockerfile>} of kind {@code compose/build}, and its image, when it
 * names one, carries the property {@code build-context}.
 */
public final class ComposeExtractor implements Extractor {
    static final String BUILD_FILE_KIND = "compose/build";
    private static final Pattern NAME = Pattern.compile("(?:docker-)?compose(?:[.-][^/]*)?\\.ya?ml");

    @Override
    public String id() {
        return "container/compose";
    }

    @Override
    public String description() {
        return "images, runtimes and build contexts of Compose services";
    }

    @Override
    public boolean wants(String path) {
        return NAME.matcher(path.substring(path.lastIndexOf('/') + 1)).matches();
    }

    @Override
    public Extraction extract(ExtractorInput input) throws IOException {
        YamlNode root = YamlNode.parse(input.text());
        if (root.isMissing()) {
            return Extraction.empty();
        }
        if (!root.isMapping()) {
            throw new FormatException("expected a mapping of Compose keys at the top", root.line());
        }
        List<Component> components = new ArrayList<>();
        List<InventoryFile> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, String> env = null;
        for (Map.Entry<String, YamlNode> service : root.get("services").entries().entrySet()) {
            YamlNode body = service.getValue();
            if (!body.isMapping()) {
                problems.add(problem(input, body.line(), "service '" + service.getKey() + "' is not a mapping"));
                continue;
            }
            Optional<String> context = buildContext(body.get("build"));
            context.flatMap(c -> BuildPath.of(input.path(), c, dockerfile(body.get("build"))))
                    .ifPresent(p -> files.add(new InventoryFile(p, BUILD_FILE_KIND)));
            YamlNode image = body.get("image");
            String written = image.text();
            if (written == null) {
                continue;
            }
            if (env == null && Interpolation.hasVariable(written)) {
                env = dotEnv(input);
            }
            Map<String, String> lookup = env == null ? Map.of() : env;
            String resolved = Interpolation.substitute(written, lookup::get, true);
            Map<String, String> properties = new TreeMap<>();
            properties.put("service", service.getKey());
            context.ifPresent(c -> properties.put("build-context", c));
            String platform = body.get("platform").text();
            if (platform != null) {
                properties.put("platform", platform);
            }
            Location at = new Location(input.path(), image.line());
            ImageComponents.of(written, resolved, at, Scope.PROD, properties).ifPresentOrElse(components::addAll,
                    () -> problems.add(problem(input, image.line(), "not an image reference: '" + written + "'")));
        }
        return new Extraction(components, files, problems);
    }

    private static Optional<String> buildContext(YamlNode build) {
        if (build.isMissing()) {
            return Optional.empty();
        }
        String context = build.isMapping() ? build.get("context").text() : build.text();
        return Optional.of(context == null ? "." : context);
    }

    private static String dockerfile(YamlNode build) {
        String dockerfile = build.get("dockerfile").text();
        return dockerfile == null ? "Dockerfile" : dockerfile;
    }

    private static Map<String, String> dotEnv(ExtractorInput input) throws IOException {
        Optional<ExtractorInput> file = input.open(".env");
        return file.isPresent() ? DotEnv.parse(file.get().text()) : Map.of();
    }

    private Problem problem(ExtractorInput input, int line, String message) {
        return new Problem(id(), new Location(input.path(), line), message);
    }
}
