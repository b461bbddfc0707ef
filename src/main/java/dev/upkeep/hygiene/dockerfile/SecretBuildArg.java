package dev.upkeep.hygiene.dockerfile;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.RuleInfo;
import dev.upkeep.inventory.container.Instruction;
import dev.upkeep.inventory.container.KeyValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A secret passed as a build argument: the value given with {@code --build-arg} is recorded in the
 * image history of every RUN that uses it, and in build provenance.
 */
final class SecretBuildArg implements DockerfileRule {
    static final RuleInfo INFO = new RuleInfo("dockerfile/secret-build-arg", Severity.MEDIUM,
            "A secret is passed as a build argument",
            "Pass it as a build secret instead: RUN --mount=type=secret,id=npm_token ... and docker build --secret id=npm_token,env=NPM_TOKEN.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(Target t) {
        List<Finding> out = new ArrayList<>();
        for (Instruction i : t.dockerfile().instructions()) {
            if (!i.is("ARG")) {
                continue;
            }
            for (KeyValue kv : i.keyValues()) {
                if (Secrets.secretName(kv.key()) && !Secrets.literal(kv.value())) {
                    out.add(t.finding(INFO, i, "ARG " + kv.key(), "ARG " + kv.key() + " at line " + i.line()
                            + " takes a secret as a build argument; its value is kept in the image history.",
                            Map.of("name", kv.key())));
                }
            }
        }
        return out;
    }
}
