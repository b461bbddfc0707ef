package dev.upkeep.hygiene.dockerfile;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.RuleInfo;
import dev.upkeep.inventory.container.Instruction;
import dev.upkeep.inventory.container.KeyValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A secret written into the Dockerfile: it is in the repository and in every image layer's config. */
final class SecretInEnvOrArg implements DockerfileRule {
    static final RuleInfo INFO = new RuleInfo("dockerfile/secret-in-env-or-arg", Severity.HIGH,
            "A secret is written into ENV or ARG",
            "Remove the value, rotate the secret, and pass it at run time (environment, secrets manager) or at build time "
                    + "with RUN --mount=type=secret.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(Target t) {
        List<Finding> out = new ArrayList<>();
        for (Instruction i : t.dockerfile().instructions()) {
            if (!i.is("ENV") && !i.is("ARG")) {
                continue;
            }
            for (KeyValue kv : i.keyValues()) {
                if (Secrets.secretName(kv.key()) && Secrets.literal(kv.value())) {
                    out.add(t.finding(INFO, i, i.keyword() + " " + kv.key(), i.keyword() + " " + kv.key() + " at line "
                            + i.line() + " sets a secret-looking value in the Dockerfile; it ends up in the repository and the image.",
                            Map.of("name", kv.key())));
                }
            }
        }
        return out;
    }
}
