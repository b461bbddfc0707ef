package dev.upkeep.cli;

import dev.upkeep.config.ConfigLoader;
import dev.upkeep.config.UpkeepConfig;
import dev.upkeep.domain.UpkeepException;
import dev.upkeep.probe.CheckResult;
import dev.upkeep.probe.Probe;
import dev.upkeep.probe.ProbeFamily;
import dev.upkeep.probe.ProbeRunner;
import dev.upkeep.probe.Secrets;
import dev.upkeep.probe.Targets;
import dev.upkeep.probe.registry.ProbeRegistry;
import dev.upkeep.report.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", sortOptions = false,
        description = {"Probe the live targets of upkeep.yml (targets:) concurrently: health URLs, TLS, PostgreSQL, Redis, backups, disks.",
                "Findings are classified by upkeep.yml's policy (policy.operations) as in a plan: urgent, planned or defer, with a due date.",
                "Exit codes: 0 fine, 1 a finding fails --fail-on, 2 usage error, 3 some target or check could not be probed, "
                        + "4 no target could be probed at all."})
final class CheckCommand implements Callable<Integer> {
    static final long DEFAULT_DEADLINE_SECONDS = 120;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", description = "The stack's root folder, holding upkeep.yml (default: .).")
    Path path = Path.of(".");

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "table (default) or json.")
    CheckReport.Format format = CheckReport.Format.table;

    @Option(names = "--deadline", paramLabel = "SECONDS",
            description = "Stop waiting after this many seconds; targets still running are reported as timed out (default: 120).")
    long deadlineSeconds = DEFAULT_DEADLINE_SECONDS;

    @Option(names = "--only", paramLabel = "FAMILIES", split = ",",
            description = "Probe only these families: http, tls, postgres, redis, backup, disk (or their targets: keys).")
    List<String> only = List.of();

    @Option(names = "--fail-on", paramLabel = "CLASS|SEVERITY", converter = FindingGate.Converter.class,
            description = "Exit 1 on a finding of this class or a more urgent one (urgent, the default; planned), or at or above this "
                    + "severity (critical, high, medium, low, info); none never fails.")
    FindingGate failOn = FindingGate.URGENT;

    @Mixin
    OutputOption output;

    @Option(names = "--list-probes", description = "List the probe families and their targets: keys, and exit.")
    boolean listProbes;

    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
        Terminal terminal = Terminal.detect();
        List<ProbeFamily> families = ProbeRegistry.all();
        if (listProbes) {
            Table t = new Table("FAMILY", "TARGETS KEY", "CHECKS");
            families.forEach(f -> t.row(f.id(), f.configKey(), f.description()));
            spec.commandLine().getOut().print(t.render(terminal.style()));
            spec.commandLine().getOut().flush();
            return 0;
        }
        if (!Files.isDirectory(path)) {
            throw UpkeepException.usage("no such folder: " + path);
        }
        if (deadlineSeconds <= 0) {
            throw UpkeepException.usage("--deadline must be a positive number of seconds, not " + deadlineSeconds);
        }
        Set<String> wanted = new LinkedHashSet<>(only);
        for (String w : wanted) {
            if (families.stream().noneMatch(f -> f.id().equals(w) || f.configKey().equals(w))) {
                throw UpkeepException.usage("--only: unknown probe family '" + w + "' (known: "
                        + String.join(", ", families.stream().map(ProbeFamily::id).toList()) + ")");
            }
        }
        UpkeepConfig config = ConfigLoader.load(path);
        List<Probe> probes = Targets.probes(config, path, families, wanted);
        if (probes.isEmpty()) {
            throw UpkeepException.usage(wanted.isEmpty()
                    ? "nothing to check: " + path.resolve(ConfigLoader.FILE_NAME) + " has no targets: (see docs/check.md)"
                    : "nothing to check: upkeep.yml has no targets of " + String.join(", ", wanted));
        }
        CheckResult result = new ProbeRunner(clock, new Secrets(System.getenv(), path)).run(probes, Duration.ofSeconds(deadlineSeconds));
        result = CheckReport.classified(result, config, clock.instant());
        CheckReport.write(result, format, "check", output, spec.commandLine().getOut(), terminal);
        return CheckReport.exitCode(result, failOn);
    }
}
