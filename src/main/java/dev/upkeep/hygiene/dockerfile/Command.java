package dev.upkeep.hygiene.dockerfile;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One simple shell command of a RUN: its words with quotes removed, the variables assigned in
 * front of it, and how it is joined to the command before it.
 *
 * @param words the command words, leading {@code VAR=value} assignments and wrappers
 *     ({@code sudo}, {@code env}, {@code exec}, {@code nohup}, {@code time}) removed
 * @param env the leading assignments
 * @param pipedFrom whether it reads the previous command's output ({@code a | b})
 * @param sudo whether it was run through {@code sudo}
 */
record Command(List<String> words, Map<String, String> env, boolean pipedFrom, boolean sudo) {
    Command {
        words = List.copyOf(words);
        env = Map.copyOf(requireNonNull(env, "env is null"));
    }

    String program() {
        if (words.isEmpty()) {
            return "";
        }
        String w = words.get(0);
        return w.substring(w.lastIndexOf('/') + 1);
    }

    boolean runs(String... programs) {
        return Set.of(programs).contains(program());
    }

    /** The words after the program. */
    List<String> args() {
        return words.isEmpty() ? List.of() : words.subList(1, words.size());
    }

    /** The first argument that is not an option; "" when none. */
    String subcommand() {
        return args().stream().filter(a -> !a.startsWith("-")).findFirst().orElse("");
    }

    /** Whether an argument is {@code -x} (also inside a short-option group like {@code -yq}) or {@code --long}. */
    boolean hasOption(char shortName, String longName) {
        for (String a : args()) {
            if (a.equals("--")) {
                return false;
            }
            if (longName != null && (a.equals("--" + longName) || a.startsWith("--" + longName + "="))) {
                return true;
            }
            if (shortName != 0 && a.length() > 1 && a.charAt(0) == '-' && a.charAt(1) != '-'
                    && a.substring(1).chars().allMatch(Character::isLetterOrDigit) && a.indexOf(shortName) > 0) {
                return true;
            }
        }
        return false;
    }

    boolean hasArg(String arg) {
        return args().contains(arg);
    }
}
