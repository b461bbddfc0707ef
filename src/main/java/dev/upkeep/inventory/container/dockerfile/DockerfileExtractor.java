package dev.upkeep.inventory.container.dockerfile;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Problem;
import dev.upkeep.domain.Scope;
import dev.upkeep.inventory.Extraction;
import dev.upkeep.inventory.Extractor;
import dev.upkeep.inventory.ExtractorInput;
import dev.upkeep.inventory.container.Dockerfile;
import dev.upkeep.inventory.container.ImageComponents;
import dev.upkeep.inventory.container.Instruction;
import dev.upkeep.inventory.container.Interpolation;
import dev.upkeep.inventory.container.KeyValue;
import dev.upkeep.inventory.container.Stage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Dockerfiles and Containerfiles: the image of every {@code FROM} and every {@code COPY --from}
 * that names an image rather than an earlier stage, with the runtime and OS each holds. Global
 * {@code ARG} defaults are substituted in {@code FROM}, the stage's {@code ARG}s in
 * {@code COPY --from}; an ARG without a default leaves the image VARIABLE. The images the final
 * stage is built on (through its chain of {@code FROM <stage>}) are {@link Scope#PROD}; those only
 * used to build ({@code builder} stages and what they copy from) are {@link Scope#DEV}. Each image
 * carries {@code stage} (its alias, or index), {@code use} ({@code from} or {@code copy-from}) and
 * {@code platform} when {@code --platform} is given.
 */
public final class DockerfileExtractor implements Extractor {
    @Override
    public String id() {
        return "container/dockerfile";
    }

    @Override
    public String description() {
        return "base and COPY --from images of Dockerfiles, with the runtimes and OS they hold";
    }

    @Override
    public boolean wants(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.endsWith(".dockerignore")) {
            return false;
        }
        return name.equals("Dockerfile") || name.equals("dockerfile") || name.equals("Containerfile")
                || name.startsWith("Dockerfile.") || name.endsWith(".Dockerfile") || name.endsWith(".dockerfile");
    }

    @Override
    public Extraction extract(ExtractorInput input) throws IOException {
        Dockerfile dockerfile = Dockerfile.parse(input.text());
        Map<String, String> globals = dockerfile.globalArgs();
        Set<Integer> shipped = shippedStages(dockerfile, globals);
        List<Component> components = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Stage stage : dockerfile.stages()) {
            Scope scope = shipped.contains(stage.index()) ? Scope.PROD : Scope.DEV;
            String stageName = stage.name().orElse(Integer.toString(stage.index()));
            String base = Interpolation.substitute(stage.baseImage(), globals::get, false);
            if (!stage.isScratch() && dockerfile.stage(base, stage.index()).isEmpty()) {
                Map<String, String> properties = properties(stageName, "from");
                if (stage.platform() != null) {
                    properties.put("platform", stage.platform());
                }
                add(input, stage.baseImage(), base, stage.line(), scope, properties, components, problems);
            }
            Map<String, String> args = new HashMap<>();
            for (Instruction instruction : stage.instructions()) {
                if (instruction.is("ARG")) {
                    for (KeyValue kv : instruction.keyValues()) {
                        args.put(kv.key(), kv.assigned() ? Interpolation.substitute(kv.value(), args::get, false) : globals.get(kv.key()));
                    }
                }
                Optional<String> from = instruction.is("COPY") ? instruction.flag("from") : Optional.empty();
                String copied = from.map(f -> Interpolation.substitute(f, args::get, false)).orElse(null);
                if (copied != null && dockerfile.stage(copied, stage.index()).isEmpty()) {
                    add(input, from.get(), copied, instruction.line(), scope, properties(stageName, "copy-from"),
                            components, problems);
                }
            }
        }
        return new Extraction(components, List.of(), problems);
    }

    /** The final stage and the stages it is built on through {@code FROM <stage>}. */
    private static Set<Integer> shippedStages(Dockerfile dockerfile, Map<String, String> globals) {
        Set<Integer> shipped = new HashSet<>();
        Optional<Stage> stage = dockerfile.finalStage();
        while (stage.isPresent() && shipped.add(stage.get().index())) {
            Stage s = stage.get();
            stage = dockerfile.stage(Interpolation.substitute(s.baseImage(), globals::get, false), s.index());
        }
        return shipped;
    }

    private static Map<String, String> properties(String stage, String use) {
        Map<String, String> properties = new TreeMap<>();
        properties.put("stage", stage);
        properties.put("use", use);
        return properties;
    }

    private void add(ExtractorInput input, String written, String resolved, int line, Scope scope,
            Map<String, String> properties, List<Component> components, List<Problem> problems) {
        Location at = new Location(input.path(), line);
        ImageComponents.of(written, resolved, at, scope, properties).ifPresentOrElse(components::addAll,
                () -> problems.add(new Problem(id(), at, "not an image reference: '" + resolved + "'")));
    }
}
