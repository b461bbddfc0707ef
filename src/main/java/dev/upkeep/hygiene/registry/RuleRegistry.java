package dev.upkeep.hygiene.registry;

import dev.upkeep.hygiene.RuleFamily;
import dev.upkeep.hygiene.dockerfile.DockerfileRules;
import java.util.List;

/** Every built-in rule family, one line each. */
public final class RuleRegistry {
    private RuleRegistry() {}

    public static List<RuleFamily> all() {
        return List.of(
                new DockerfileRules()
        );
    }
}
