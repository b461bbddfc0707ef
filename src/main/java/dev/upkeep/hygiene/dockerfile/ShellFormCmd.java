package dev.upkeep.hygiene.dockerfile;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.RuleInfo;
import java.util.List;
import java.util.Map;

/**
 * Shell-form CMD or ENTRYPOINT runs under {@code /bin/sh -c}: the shell is PID 1 and does not pass
 * SIGTERM on, so the service never shuts down gracefully and is killed after the stop timeout.
 */
final class ShellFormCmd implements DockerfileRule {
    static final RuleInfo INFO = new RuleInfo("dockerfile/shell-form-cmd", Severity.MEDIUM,
            "CMD or ENTRYPOINT in shell form does not receive stop signals",
            "Use the JSON (exec) form: CMD [\"uvicorn\", \"app.main:app\"]; if you need a shell, end the script with exec.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(Target t) {
        return t.scopes().stream().flatMap(s -> s.instructions().stream())
                .filter(i -> (i.is("CMD") || i.is("ENTRYPOINT")) && !i.execForm() && !i.body().isEmpty())
                .map(i -> t.finding(INFO, i, Target.subject(i), i.keyword() + " at line " + i.line()
                        + " uses shell form, so /bin/sh is PID 1 and the process does not get SIGTERM on stop.",
                        Map.of("keyword", i.keyword())))
                .toList();
    }
}
