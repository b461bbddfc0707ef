package dev.upkeep.cli;

import dev.upkeep.config.ConfigLoader;
import dev.upkeep.config.ConfigNodes;
import dev.upkeep.config.UpkeepConfig;
import dev.upkeep.config.YamlNode;
import dev.upkeep.domain.UpkeepException;
import dev.upkeep.probe.CheckResult;
import dev.upkeep.probe.ProbeException;
import dev.upkeep.probe.ProbeRunner;
import dev.upkeep.probe.Secrets;
import dev.upkeep.probe.TargetFields;
import dev.upkeep.probe.Targets;
import dev.upkeep.probe.backup.BackupFamily;
import dev.upkeep.probe.backup.BackupTarget;
import dev.upkeep.probe.backup.RestoreDrill;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "drill", description = "Disaster-recovery drills.", subcommands = {DrillCommand.Restore.class})
final class DrillCommand {
    @Command(name = "restore", sortOptions = false,
            description = {"Restore the newest (or a named) backup into a fresh scratch database with the real pg_restore/psql, "
                    + "check it, time it against the RTO, and drop the scratch database. Never touches the source.",
                    "Findings are classified by upkeep.yml's policy (policy.operations), as in a plan.",
                    "Exit codes: 0 fine, 1 a finding fails --fail-on, 2 usage error or refused, 3 partial, 4 the drill could not run."})
    static final class Restore implements Callable<Integer> {
        /** A drill gets four times the RTO to finish, and at least half an hour. */
        static final Duration MIN_DEADLINE = Duration.ofMinutes(30);

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", description = "The stack's root folder, holding upkeep.yml (default: .).")
        Path path = Path.of(".");

        @Option(names = "--backup", paramLabel = "FILE", description = "Restore this backup instead of the newest one of the location.")
        Path backup;

        @Option(names = "--target", paramLabel = "NAME", description = "The backup location (its name or dir), when several have restore: settings.")
        String target;

        @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "table (default) or json.")
        CheckReport.Format format = CheckReport.Format.table;

        @Option(names = "--deadline", paramLabel = "SECONDS", description = "Give up after this long (default: 4 x RTO, at least 30 minutes).")
        Long deadlineSeconds;

        @Option(names = "--fail-on", paramLabel = "CLASS|SEVERITY", converter = FindingGate.Converter.class,
                description = "Exit 1 on a finding of this class or a more urgent one (urgent, the default; planned), or at or above this "
                        + "severity (critical, high, medium, low, info); none never fails.")
        FindingGate failOn = FindingGate.URGENT;

        @Mixin
        OutputOption output;

        @Override
        public Integer call() {
            if (!Files.isDirectory(path)) {
                throw UpkeepException.usage("no such folder: " + path);
            }
            if (backup != null && !Files.exists(backup)) {
                throw UpkeepException.usage("--backup: no such file: " + backup);
            }
            UpkeepConfig config = ConfigLoader.load(path);
            List<BackupTarget> locations = locations(config);
            Secrets secrets = new Secrets(System.getenv(), path);
            List<RestoreDrill> drills = new ArrayList<>();
            Duration deadline = Duration.ZERO;
            for (BackupTarget t : locations) {
                Duration d = deadlineSeconds != null ? Duration.ofSeconds(deadlineSeconds)
                        : t.rto().multipliedBy(4).compareTo(MIN_DEADLINE) > 0 ? t.rto().multipliedBy(4) : MIN_DEADLINE;
                RestoreDrill drill = new RestoreDrill(t, Optional.ofNullable(backup), d, Clock.systemUTC());
                try {
                    drill.preflight(secrets);
                } catch (RestoreDrill.DrillRefused e) {
                    throw UpkeepException.usage("refused: " + secrets.redact(e.getMessage()));
                } catch (ProbeException e) {
                    // a secret that cannot be resolved fails this drill's result, not the command
                }
                drills.add(drill);
                deadline = deadline.plus(d);
            }
            CheckResult result = new ProbeRunner(Clock.systemUTC(), secrets, 1).run(List.copyOf(drills), deadline);
            result = CheckReport.classified(result, config, Instant.now());
            CheckReport.write(result, format, "drill restore", output, spec.commandLine().getOut(), Terminal.detect());
            return CheckReport.exitCode(result, failOn);
        }

        private List<BackupTarget> locations(UpkeepConfig config) {
            Optional<YamlNode> section = config.section(Targets.SECTION)
                    .flatMap(t -> t instanceof YamlNode.Mapping m ? m.get(new BackupFamily().configKey()) : Optional.empty());
            String file = config.file().orElse(ConfigLoader.FILE_NAME);
            List<BackupTarget> all = section.map(s -> BackupFamily.targets(s, new TargetFields(new ConfigNodes(file), path)))
                    .orElse(List.of());
            List<BackupTarget> drillable = all.stream().filter(t -> t.restore().isPresent()).toList();
            if (drillable.isEmpty()) {
                throw UpkeepException.usage("no backup location in " + file + " has restore: settings (targets.backups[].restore.into; see docs/check.md)");
            }
            if (target != null) {
                List<BackupTarget> named = drillable.stream()
                        .filter(t -> t.name().equals(target) || t.dir().equals(path.resolve(target).normalize())).toList();
                if (named.isEmpty()) {
                    throw UpkeepException.usage("--target: no backup location with restore: settings is named '" + target + "' (known: "
                            + String.join(", ", drillable.stream().map(BackupTarget::name).toList()) + ")");
                }
                return named;
            }
            if (backup != null && drillable.size() > 1) {
                throw UpkeepException.usage("--backup needs --target: several backup locations have restore: settings");
            }
            return drillable;
        }
    }
}
