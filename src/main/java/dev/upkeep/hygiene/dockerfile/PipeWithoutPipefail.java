package dev.upkeep.hygiene.dockerfile;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.RuleInfo;
import dev.upkeep.inventory.container.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A pipe in a RUN whose shell does not fail on a failing pipe stage: {@code curl ... | tar x}
 * succeeds when the download fails, and the build ships a broken image.
 */
final class PipeWithoutPipefail implements DockerfileRule {
    static final RuleInfo INFO = new RuleInfo("dockerfile/pipe-without-pipefail", Severity.LOW,
            "A failing command in a RUN pipe does not fail the build",
            "Set SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] before the RUN (or start the RUN with set -o pipefail on a shell that has it).");
    private static final Set<String> PIPEFAIL_SHELLS = Set.of("bash", "zsh", "ksh", "mksh", "ash");
    private static final Set<String> NOT_POSIX = Set.of("pwsh", "powershell", "powershell.exe", "pwsh.exe", "cmd", "cmd.exe");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(Target t) {
        List<Finding> out = new ArrayList<>();
        for (Run run : Run.all(t)) {
            if (run.instruction().execForm() || run.commands().stream().noneMatch(Command::pipedFrom)) {
                continue;
            }
            List<String> shell = shellAt(run.scope(), run.instruction().line());
            String program = shell.isEmpty() ? "sh" : shell.get(0).substring(shell.get(0).lastIndexOf('/') + 1);
            if (NOT_POSIX.contains(program.toLowerCase(java.util.Locale.ROOT))
                    || PIPEFAIL_SHELLS.contains(program) && setsPipefail(shell)
                    || run.commands().stream().anyMatch(c -> c.runs("set") && setsPipefail(c.words()))) {
                continue;
            }
            out.add(t.finding(INFO, run.instruction(), Target.subject(run.instruction()), "RUN at line "
                    + run.instruction().line() + " pipes commands under " + String.join(" ", shell.isEmpty() ? List.of("/bin/sh", "-c") : shell)
                    + " without pipefail, so only the last command's failure fails the build.", Map.of("shell", program)));
        }
        return out;
    }

    /** The SHELL in effect before {@code line}: the last SHELL of this stage or the stages it builds on. */
    private static List<String> shellAt(Scope scope, int line) {
        for (Scope s : scope.lineage()) {
            List<Instruction> shells = s.all("SHELL").stream().filter(i -> s != scope || i.line() < line).toList();
            if (!shells.isEmpty()) {
                return shells.get(shells.size() - 1).exec();
            }
        }
        return List.of();
    }

    private static boolean setsPipefail(List<String> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).matches("-[a-zA-Z]*o") && words.get(i + 1).equals("pipefail")) {
                return true;
            }
        }
        return false;
    }
}
