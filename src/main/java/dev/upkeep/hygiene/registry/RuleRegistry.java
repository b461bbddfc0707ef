package dev.upkeep.hygiene.registry;

import dev.upkeep.hygiene.RuleFamily;
import dev.upkeep.hygiene.ci.CiFamily;
import dev.upkeep.hygiene.compose.ComposeFamily;
import dev.upkeep.hygiene.dockerfile.DockerfileRules;
import dev.upkeep.hygiene.migration.MigrationRuleFamily;
import dev.upkeep.hygiene.secrets.SecretsFamily;
import java.util.List;

/** Every built-in rule family, one line each. */
public final class RuleRegistry {
    private RuleRegistry() {}

    public static List<RuleFamily> all() {
        return List.of(
                new DockerfileRules(),
                new MigrationRuleFamily(),
                new ComposeFamily(),
                new SecretsFamily(),
                new CiFamily()
        );
    }
}
