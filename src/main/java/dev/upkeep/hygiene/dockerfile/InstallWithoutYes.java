package dev.upkeep.hygiene.dockerfile;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A package install that asks for confirmation: without a terminal the build aborts. */
final class InstallWithoutYes implements DockerfileRule {
    static final RuleInfo INFO = new RuleInfo("dockerfile/install-without-yes", Severity.LOW,
            "A package install waits for a confirmation that never comes",
            "Add the non-interactive switch: apt-get install -y, dnf/yum install -y, zypper install -y (or zypper -n).");
    private static final Set<String> APT_PROMPTS = Set.of("install", "upgrade", "dist-upgrade", "full-upgrade",
            "reinstall", "remove", "purge", "autoremove");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(Target t) {
        List<Finding> out = new ArrayList<>();
        for (Run run : Run.all(t)) {
            List<Command> commands = run.commands();
            for (int i = 0; i < commands.size(); i++) {
                Command c = commands.get(i);
                boolean piped = c.pipedFrom() && i > 0 && commands.get(i - 1).runs("yes");
                if (!piped && prompts(c)) {
                    out.add(t.finding(INFO, run.instruction(), Target.subject(run.instruction()) + " [" + c.program() + "]",
                            "RUN at line " + run.instruction().line() + " runs " + c.program() + " "
                                    + Packages.subcommand(c, Packages.manager(c)) + " without -y, so it stops at the confirmation prompt.",
                            Map.of("manager", Packages.manager(c), "program", c.program())));
                }
            }
        }
        return out;
    }

    static boolean prompts(Command c) {
        String manager = Packages.manager(c);
        return switch (manager) {
            case "apt" -> APT_PROMPTS.contains(Packages.subcommand(c, "apt")) && !aptAssumesYes(c);
            case "dnf", "yum" -> Packages.installs(c, manager) && !c.hasOption('y', "assumeyes");
            case "zypper" -> Packages.installs(c, "zypper") && !c.hasOption('n', "non-interactive")
                    && !c.hasOption('y', "no-confirm");
            default -> false;
        };
    }

    private static boolean aptAssumesYes(Command c) {
        if (c.hasOption('y', "yes") || c.hasOption((char) 0, "assume-yes") || c.hasOption((char) 0, "force-yes")) {
            return true;
        }
        int quiet = 0;
        for (String a : c.args()) {
            if (a.matches("-q=?[2-9]|--quiet=[2-9]") || a.matches("(?i)(-o)?APT::Get::Assume-Yes=(true|1|yes)")) {
                return true;
            }
            if (a.matches("-[a-zA-Z]*q[a-zA-Z]*")) {
                quiet += (int) a.chars().filter(ch -> ch == 'q').count();
            } else if (a.equals("--quiet")) {
                quiet++;
            }
        }
        return quiet >= 2;
    }
}
