package dev.upkeep.cli;

import dev.upkeep.domain.UpkeepException;
import dev.upkeep.versioning.Cycles;
import dev.upkeep.versioning.InvalidVersionException;
import dev.upkeep.versioning.SchemeOptions;
import dev.upkeep.versioning.VersionScheme;
import dev.upkeep.versioning.registry.VersionSchemes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code upkeep version compare|satisfies|cycle}: one question from the arguments, or one per
 * line of standard input when no versions are given (answers one per line, {@code invalid: ...}
 * for a line that cannot be answered).
 */
@Command(name = "version", description = "Compare versions, test ranges and name release cycles by a scheme's rules.",
        subcommands = {VersionCommand.Compare.class, VersionCommand.Satisfies.class, VersionCommand.Cycle.class})
final class VersionCommand {
    @ParentCommand
    Main main;

    /** The options every question takes. */
    static final class SchemeArgs {
        @Option(names = "--scheme", required = true, paramLabel = "SCHEME",
                description = "Version scheme: npm, pep440, docker, maven or loose.")
        String scheme;

        @Option(names = "--loose", description = "Accept sloppier version text (npm: =v1.2.3, 1.2.3beta).")
        boolean loose;

        @Option(names = "--include-prerelease", description = "Let ranges match pre-releases of any version.")
        boolean includePrerelease;

        VersionScheme resolve() {
            try {
                return VersionSchemes.byId(scheme).withOptions(new SchemeOptions(loose, includePrerelease));
            } catch (IllegalArgumentException e) {
                throw UpkeepException.usage(e.getMessage());
            }
        }
    }

    /** A question with a fixed number of inputs, answered once or for each line of standard input. */
    abstract static class Question implements Callable<Integer> {
        @ParentCommand
        VersionCommand parent;

        @Spec
        CommandSpec spec;

        @Mixin
        SchemeArgs schemeArgs;

        abstract List<String> inputs();

        /** Names of the inputs, for messages: {@code RANGE<TAB>VERSION}. */
        abstract String shape();

        abstract String answer(VersionScheme scheme, String[] inputs);

        @Override
        public Integer call() {
            VersionScheme scheme = schemeArgs.resolve();
            PrintWriter out = spec.commandLine().getOut();
            List<String> inputs = inputs() == null ? List.of() : inputs();
            int arity = shape().split("<TAB>").length;
            if (inputs.isEmpty()) {
                answerLines(scheme, out, arity);
                return 0;
            }
            if (inputs.size() != arity) {
                throw UpkeepException.usage("'version " + spec.name() + "' takes " + shape().replace("<TAB>", " ")
                        + " (or none, to read lines from standard input); got " + inputs.size() + " arguments");
            }
            try {
                out.println(answer(scheme, inputs.toArray(String[]::new)));
            } catch (InvalidVersionException e) {
                throw UpkeepException.input(e.getMessage(), e);
            }
            out.flush();
            return 0;
        }

        private void answerLines(VersionScheme scheme, PrintWriter out, int arity) {
            BufferedReader in = new BufferedReader(new InputStreamReader(parent.main.in(), StandardCharsets.UTF_8));
            try {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String[] fields = line.endsWith("\r") ? line.substring(0, line.length() - 1).split("\t", -1)
                            : line.split("\t", -1);
                    out.println(answerLine(scheme, fields, arity));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read standard input", e);
            }
            out.flush();
        }

        private String answerLine(VersionScheme scheme, String[] fields, int arity) {
            if (fields.length != arity) {
                return "invalid: expected " + shape();
            }
            try {
                return answer(scheme, fields);
            } catch (InvalidVersionException e) {
                return "invalid: '" + e.input() + "' " + e.reason();
            }
        }
    }

    @Command(name = "compare", description = "Print -1, 0 or 1 as A is lower than, equal to or higher than B.")
    static final class Compare extends Question {
        @Parameters(paramLabel = "A B", arity = "0..*", description = "Two versions; none to read A<TAB>B lines.")
        List<String> inputs;

        @Override
        List<String> inputs() {
            return inputs;
        }

        @Override
        String shape() {
            return "A<TAB>B";
        }

        @Override
        String answer(VersionScheme scheme, String[] in) {
            return Integer.toString(scheme.compare(in[0], in[1]));
        }
    }

    @Command(name = "satisfies", description = "Print true or false: whether VERSION is inside RANGE.")
    static final class Satisfies extends Question {
        @Parameters(paramLabel = "RANGE VERSION", arity = "0..*",
                description = "A range and a version; none to read RANGE<TAB>VERSION lines.")
        List<String> inputs;

        @Override
        List<String> inputs() {
            return inputs;
        }

        @Override
        String shape() {
            return "RANGE<TAB>VERSION";
        }

        @Override
        String answer(VersionScheme scheme, String[] in) {
            return Boolean.toString(scheme.satisfies(in[0], in[1]));
        }
    }

    @Command(name = "cycle", description = "Print the release cycle of VERSION, as endoflife.date names it (20, 3.12).")
    static final class Cycle extends Question {
        @Parameters(paramLabel = "VERSION", arity = "0..*", description = "A version; none to read one per line.")
        List<String> inputs;

        @Option(names = "--product", paramLabel = "NAME",
                description = "Product whose cycle naming applies (nodejs: 20, python: 3.12); default two parts.")
        String product = "";

        @Override
        List<String> inputs() {
            return inputs;
        }

        @Override
        String shape() {
            return "VERSION";
        }

        @Override
        String answer(VersionScheme scheme, String[] in) {
            return Cycles.of(scheme, product, scheme.parse(in[0]));
        }
    }
}
