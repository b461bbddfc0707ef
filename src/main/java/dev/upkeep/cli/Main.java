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
        description = "Maintenance runbooks for web stacks, as software.")
public final class Main implements java.util.concurrent.Callable<Integer> {
    /**
     * The commands, in the order {@code upkeep --help} lists them. Picocli builds a command's model
     * (every option, by reflection) when it is added, which is a noticeable part of a short run's
     * start-up; so a command line naming one of them gets only that one, and anything else (help,
     * a typo to suggest a fix for, no command) gets them all.
     */
    static final java.util.Map<String, java.util.function.Supplier<Object>> COMMANDS = commands();

    private static java.util.Map<String, java.util.function.Supplier<Object>> commands() {
        java.util.Map<String, java.util.function.Supplier<Object>> m = new java.util.LinkedHashMap<>();
        m.put("scan", ScanCommand::new);
        m.put("drift", DriftCommand::new);
        m.put("version", VersionCommand::new);
        m.put("db", DbCommand::new);
        m.put("lint", LintCommand::new);
        m.put("plan", PlanCommand::new);
        m.put("check", CheckCommand::new);
        m.put("drill", DrillCommand::new);
        m.put("help", CommandLine.HelpCommand::new);
        return java.util.Collections.unmodifiableMap(m);
    }

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
        CommandLine cli = commandLine(in, out, err, commandNamed(args));
        return cli.execute(args);
    }

    /** The command {@code args} runs, when it is one of {@link #COMMANDS} other than help; else null. */
    static String commandNamed(String[] args) {
        for (String a : args) {
            if (a.equals("--stacktrace")) {
                continue;
            }
            return !a.equals("help") && COMMANDS.containsKey(a) ? a : null;
        }
        return null;
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(System.in, out, err, null);
    }

    /** The command line with only {@code only} as subcommand, or with every command when {@code only} is null. */
    static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err, String only) {
        CommandLine cli = new CommandLine(new Main(in));
        COMMANDS.forEach((name, make) -> {
            if (only == null || only.equals(name)) {
                cli.addSubcommand(name, make.get());
            }
        });
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
