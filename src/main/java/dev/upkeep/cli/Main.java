package dev.upkeep.cli;

import dev.upkeep.domain.ErrorCategory;
import dev.upkeep.domain.UpkeepException;
import java.io.InputStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The front door: {@code upkeep <command>}. Maps every failure to one line and a documented exit code. */
@Command(
        name = "upkeep",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Maintenance runbooks for web stacks, as software.",
        subcommands = {ScanCommand.class, DriftCommand.class, VersionCommand.class, DbCommand.class, LintCommand.class,
                PlanCommand.class, CheckCommand.class, DrillCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {
    /** Exit code when the run finished but some input could not be read (see the README). */
    public static final int EXIT_PARTIAL = 3;

    @Option(names = "--stacktrace", scope = CommandLine.ScopeType.INHERIT,
            description = "Show the full stack trace of an error.")
    boolean stacktrace;

    private final InputStream in;

    Main(InputStream in) {
        this.in = in;
    }

    /** Standard input, for commands that read questions or data from it. */
    InputStream in() {
        return in;
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** {@code upkeep} alone: the list of commands, on standard error, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ErrorCategory.USAGE.exitCode();
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs one command line; returns the exit code. Used by tests too. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, System.in, out, err);
    }

    /** Runs one command line reading standard input from {@code in}; returns the exit code. */
    public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine(in, out, err);
        return cli.execute(args);
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(System.in, out, err);
    }

    static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main(in));
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(Main::onBadUsage);
        cli.setExecutionExceptionHandler(Main::onFailure);
        return cli;
    }

    private static int onBadUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("upkeep: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
        return ErrorCategory.USAGE.exitCode();
    }

    private static int onFailure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        boolean trace = parsed.hasMatchedOption("--stacktrace")
                || (parsed.commandSpec().root().userObject() instanceof Main m && m.stacktrace);
        ErrorCategory category;
        String message;
        if (e instanceof UpkeepException u) {
            category = u.category();
            message = u.getMessage();
        } else {
            category = ErrorCategory.INTERNAL;
            message = "internal error: " + e + " (please report it; --stacktrace shows where)";
        }
        err.println("upkeep: " + message);
        if (trace) {
            e.printStackTrace(err);
        } else if (category == ErrorCategory.USAGE) {
            err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
        }
        err.flush();
        return category.exitCode();
    }

    /** Reads the version from the jar manifest, or says "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"upkeep " + Versions.tool()};
        }
    }
}
