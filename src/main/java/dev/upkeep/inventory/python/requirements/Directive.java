package dev.upkeep.inventory.python.requirements;

import java.util.Set;

/**
 * What one logical line of a requirements file asks for, following pip's requirements-file format:
 * an include ({@code -r}/{@code -c}), an editable install ({@code -e}), a global option upkeep has
 * no use for, or a requirement (with its per-requirement options cut off).
 */
sealed interface Directive {
    /** {@code -r file} (constraints = false) or {@code -c file} (constraints = true). */
    record Include(String path, boolean constraints) implements Directive {}

    /** {@code -e path-or-url}. */
    record Editable(String target) implements Directive {}

    /** A requirement: a PEP 508 string, a URL or a path. */
    record Requirement(String text) implements Directive {}

    /** An option that changes where pip looks, not what it installs. */
    record Ignored() implements Directive {}

    /** A line pip would refuse. */
    record Invalid(String message) implements Directive {}

    /** Options that take a value: {@code --index-url URL} and the like. */
    Set<String> VALUE_OPTIONS = Set.of("-i", "--index-url", "--extra-index-url", "-f", "--find-links", "--trusted-host",
            "--use-feature", "--only-binary", "--no-binary", "--progress-bar", "-C", "--config-settings", "--global-option");

    /** Options without a value. */
    Set<String> FLAG_OPTIONS = Set.of("--no-index", "--pre", "--prefer-binary", "--require-hashes");

    static Directive parse(String line) {
        if (!line.startsWith("-")) {
            // pip: the requirement is every token before the first one starting with '-'
            StringBuilder req = new StringBuilder();
            for (String token : line.split("\\s+")) {
                if (token.startsWith("-")) {
                    break;
                }
                req.append(req.length() == 0 ? "" : " ").append(token);
            }
            return new Requirement(req.toString());
        }
        String[] parts = line.split("\\s+", 2);
        String option = parts[0];
        String value = parts.length > 1 ? parts[1].strip() : "";
        if (option.startsWith("--")) {
            int eq = option.indexOf('=');
            if (eq > 0) {
                value = (option.substring(eq + 1) + " " + value).strip();
                option = option.substring(0, eq);
            }
        } else if (option.length() > 2) { // -rfile.txt: a short option with its value attached
            value = (option.substring(2) + " " + value).strip();
            option = option.substring(0, 2);
        }
        switch (option) {
            case "-r", "--requirement", "-c", "--constraint", "-e", "--editable" -> {
                if (value.isEmpty()) {
                    return new Invalid("option " + option + " needs a value");
                }
                if (option.equals("-e") || option.equals("--editable")) {
                    return new Editable(value);
                }
                return new Include(value, option.equals("-c") || option.equals("--constraint"));
            }
            default -> {
                if (FLAG_OPTIONS.contains(option) || VALUE_OPTIONS.contains(option)) {
                    return new Ignored();
                }
                return new Invalid("unknown option " + option);
            }
        }
    }
}
