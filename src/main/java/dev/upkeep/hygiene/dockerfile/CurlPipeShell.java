package dev.upkeep.hygiene.dockerfile;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A script downloaded and run in one go ({@code curl ... | sh}, {@code sh -c "$(curl ...)"}): nothing
 * checks what was downloaded, and the image depends on a URL's content on build day.
 */
final class CurlPipeShell implements DockerfileRule {
    static final RuleInfo INFO = new RuleInfo("dockerfile/curl-pipe-shell", Severity.MEDIUM,
            "A downloaded script is piped into a shell",
            "Download to a file, verify its checksum (echo \"<sha256>  install.sh\" | sha256sum -c -), then run it; "
                    + "better, install a pinned package or copy the tool from an official image.");
    private static final Set<String> INTERPRETERS = Set.of("sh", "bash", "dash", "ash", "zsh", "ksh", "python",
            "python3", "perl", "ruby", "node");
    private static final Set<String> DOWNLOADERS = Set.of("curl", "wget");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(Target t) {
        List<Finding> out = new ArrayList<>();
        for (Run run : Run.all(t)) {
            String how = piped(run.commands());
            if (how != null) {
                out.add(t.finding(INFO, run.instruction(), Target.subject(run.instruction()), "RUN at line "
                        + run.instruction().line() + " runs a downloaded script unchecked (" + how + ").",
                        Map.of("pattern", how)));
            }
        }
        return out;
    }

    private static String piped(List<Command> commands) {
        for (int i = 0; i < commands.size(); i++) {
            Command c = commands.get(i);
            if (!INTERPRETERS.contains(c.program())) {
                continue;
            }
            if (c.pipedFrom() && i > 0 && DOWNLOADERS.contains(commands.get(i - 1).program())) {
                return commands.get(i - 1).program() + " | " + c.program();
            }
            String args = String.join(" ", c.args());
            for (String d : DOWNLOADERS) {
                if (args.contains("$(" + d + " ") || args.contains("<(" + d + " ") || args.contains("`" + d + " ")) {
                    return c.program() + " $(" + d + " ...)";
                }
            }
        }
        return null;
    }
}
