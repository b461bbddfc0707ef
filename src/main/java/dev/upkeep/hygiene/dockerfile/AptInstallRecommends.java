package dev.upkeep.hygiene.dockerfile;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code apt-get install} without {@code --no-install-recommends} pulls in recommended packages
 * nobody asked for: more to download, more to patch. Checked where it ships (final stage lineage).
 */
final class AptInstallRecommends implements DockerfileRule {
    static final RuleInfo INFO = new RuleInfo("dockerfile/apt-install-recommends", Severity.LOW,
            "apt-get install also installs recommended packages",
            "Add --no-install-recommends: apt-get install -y --no-install-recommends <packages>.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(Target t) {
        List<Finding> out = new ArrayList<>();
        for (Run run : Run.all(t)) {
            if (!run.scope().shipped()) {
                continue;
            }
            for (Command c : run.commands()) {
                if (Packages.APT.contains(c.program()) && Packages.subcommand(c, "apt").equals("install")
                        && !c.hasOption((char) 0, "no-install-recommends") && !recommendsOff(c)) {
                    out.add(t.finding(INFO, run.instruction(), Target.subject(run.instruction()), "RUN at line "
                            + run.instruction().line() + " runs " + c.program() + " install without --no-install-recommends.",
                            Map.of("manager", c.program())));
                    break;
                }
            }
        }
        return out;
    }

    private static boolean recommendsOff(Command c) {
        return c.args().stream().anyMatch(a -> a.replace(" ", "").matches("(?i)(-o)?APT::Install-Recommends=(false|0|no)"));
    }
}
