package dev.upkeep.hygiene.dockerfile;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.RuleInfo;
import dev.upkeep.inventory.container.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** EXPOSE of a port outside 0-65535: a typo that publishes nothing. */
final class InvalidPort implements DockerfileRule {
    static final RuleInfo INFO = new RuleInfo("dockerfile/invalid-port", Severity.MEDIUM,
            "EXPOSE names a port outside 0-65535", "Expose the port the service really listens on (0-65535).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(Target t) {
        List<Finding> out = new ArrayList<>();
        for (Instruction i : t.dockerfile().instructions()) {
            if (!i.is("EXPOSE")) {
                continue;
            }
            for (String word : i.words()) {
                String ports = word.contains("/") ? word.substring(0, word.indexOf('/')) : word;
                for (String port : ports.split("-", 2)) {
                    if (port.matches("\\d+") && (port.length() > 5 || Integer.parseInt(port) > 65535)) {
                        out.add(t.finding(INFO, i, "EXPOSE " + word, "EXPOSE " + word + " at line " + i.line()
                                + ": port " + port + " is outside 0-65535.", Map.of("port", port)));
                        break;
                    }
                }
            }
        }
        return out;
    }
}
