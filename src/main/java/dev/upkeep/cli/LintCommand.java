package dev.upkeep.cli;

import dev.upkeep.config.ConfigLoader;
import dev.upkeep.config.FailOn;
import dev.upkeep.config.UpkeepConfig;
import dev.upkeep.domain.Severity;
import dev.upkeep.domain.UpkeepException;
import dev.upkeep.hygiene.LintEngine;
import dev.upkeep.hygiene.LintResult;
import dev.upkeep.hygiene.registry.RuleRegistry;
import dev.upkeep.report.AtomicFile;
import dev.upkeep.report.LintJson;
import dev.upkeep.report.LintSarif;
import dev.upkeep.report.LintTable;
import java.io.Console;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "lint",
        description = {"Check runtime and supply-chain hygiene: Compose contracts, secrets, CI gates, and every other registered rule family.",
                "Exit codes: 0 clean, 1 a finding at or above --fail-on, 2 usage error, 3 some files or settings could not be checked."})
final class LintCommand implements Callable<Integer> {
    enum Format { table, json, sarif }

    static final int EXIT_FINDINGS = 1;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", description = "The stack's root folder (default: the current folder).")
    Path path = Path.of(".");

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), json or sarif.")
    Format format = Format.table;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", converter = FailOnConverter.class,
            description = "Exit 1 when a finding is at or above this severity: critical, high (default, or lint.failOn in upkeep.yml), medium, low, info, none.")
    FailOn failOn;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
    boolean help;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE (atomically) instead of standard output.")
    Path output;

    Clock clock = Clock.systemDefaultZone();
    Map<String, String> environment = System.getenv();

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(path)) {
            throw UpkeepException.usage("'" + path + "' is not a folder; give the root of the stack to lint");
        }
        UpkeepConfig config = ConfigLoader.load(path);
        LintResult result = new LintEngine(RuleRegistry.all(), clock).run(path, config);
        String version = toolVersion();
        String report = switch (format) {
            case table -> LintTable.render(result, output == null && colourWanted());
            case json -> LintJson.render(result, version);
            case sarif -> LintSarif.render(result, version, LintSarif.DEFAULT_DOCS_BASE);
        };
        if (output != null) {
            AtomicFile.write(output, report);
            spec.commandLine().getOut().println(LintTable.summary(result) + " Report written to " + output + ".");
        } else {
            spec.commandLine().getOut().print(report);
        }
        spec.commandLine().getOut().flush();
        FailOn threshold = failOn != null ? failOn : config.lint().failOn().orElse(FailOn.at(Severity.HIGH));
        if (result.findings().stream().anyMatch(f -> threshold.fails(f.severity()))) {
            return EXIT_FINDINGS;
        }
        return result.problems().isEmpty() ? 0 : Main.EXIT_PARTIAL;
    }

    /** Colour only on a terminal, and never when NO_COLOR or CI is set (no-color.org). */
    private boolean colourWanted() {
        return stdoutIsTerminal() && !environment.containsKey("NO_COLOR") && !environment.containsKey("CI");
    }

    /**
     * Whether standard output is a terminal. Up to JDK 21 {@code System.console()} is null when a
     * stream is redirected; from JDK 22 it is not, and {@code Console.isTerminal()} (looked up
     * reflectively: we compile for 17) says so instead.
     */
    static boolean stdoutIsTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    private static String toolVersion() {
        String v = LintCommand.class.getPackage().getImplementationVersion();
        return v == null ? "0.0.0-dev" : v;
    }

    static final class FailOnConverter implements CommandLine.ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            try {
                return FailOn.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
