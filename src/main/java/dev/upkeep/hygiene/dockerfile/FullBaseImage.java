package dev.upkeep.hygiene.dockerfile;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.RuleInfo;
import dev.upkeep.inventory.container.ImageReference;
import dev.upkeep.inventory.container.Stage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The final image starts from a full official language image (hundreds of Debian packages) where
 * a slim or Alpine variant of the same runtime exists. Builder stages may need the full image;
 * only the shipped one is checked.
 */
final class FullBaseImage implements DockerfileRule {
    static final RuleInfo INFO = new RuleInfo("dockerfile/full-base-image", Severity.LOW,
            "Final image uses a full base image where a slim variant exists",
            "Use the -slim or -alpine variant of the same version in the final stage (build in a full stage "
                    + "if you need compilers, then copy the result).");

    /** Official images with slimmer variants, and the variants' tag suffixes. */
    private static final Map<String, String> VARIANTS = Map.ofEntries(
            Map.entry("python", "-slim or -alpine"), Map.entry("node", "-slim or -alpine"),
            Map.entry("ruby", "-slim or -alpine"), Map.entry("golang", "-alpine (or ship the binary on distroless)"),
            Map.entry("rust", "-slim or -alpine"), Map.entry("perl", "-slim"), Map.entry("php", "-alpine"),
            Map.entry("elixir", "-slim or -alpine"), Map.entry("erlang", "-slim or -alpine"),
            Map.entry("openjdk", "-slim"), Map.entry("eclipse-temurin", "-jre or -alpine"),
            Map.entry("buildpack-deps", "debian:<release>-slim"), Map.entry("haskell", "-slim"));
    private static final Set<String> SLIM_MARKERS = Set.of("slim", "alpine", "jre", "windowsservercore", "nanoserver",
            "distroless", "minimal", "musl");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(Target t) {
        Scope root = t.last().lineage().get(t.last().lineage().size() - 1);
        Stage stage = root.stage();
        if (stage == null) {
            return List.of();
        }
        Optional<ImageReference> ref = stage.image();
        if (ref.isEmpty() || !ref.get().isOfficial() || !VARIANTS.containsKey(ref.get().name())) {
            return List.of();
        }
        String tag = ref.get().tag() == null ? "latest" : ref.get().tag().toLowerCase(Locale.ROOT);
        if (SLIM_MARKERS.stream().anyMatch(tag::contains)) {
            return List.of();
        }
        String name = ref.get().name();
        return List.of(t.finding(INFO, stage.from(), stage.resolvedImage(), "The final image starts from "
                + stage.resolvedImage() + ", the full " + name + " image; its " + VARIANTS.get(name)
                + " variant has the same runtime with far fewer packages to patch.",
                Map.of("image", stage.resolvedImage())));
    }
}
