package dev.upkeep.hygiene.registry;

import dev.upkeep.hygiene.RuleFamily;
import java.util.List;

/** Every built-in rule family, one line each. */
public final class RuleRegistry {
    private RuleRegistry() {}

    public static List<RuleFamily> all() {
        return List.of(
                new dev.upkeep.hygiene.compose.ComposeFamily(),
                new dev.upkeep.hygiene.secrets.SecretsFamily(),
                new dev.upkeep.hygiene.ci.CiFamily()
        );
    }
}
