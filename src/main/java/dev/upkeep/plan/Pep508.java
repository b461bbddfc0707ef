package dev.upkeep.plan;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name and version specifier of a PEP 508 requirement ({@code starlette<0.36.0,>=0.35.0},
 * {@code anyio[trio] (>=3.4.0)}). Requirements with an environment marker ({@code ; extra == "all"},
 * {@code ; python_version < "3.8"}) are left out: whether they apply depends on how the package is
 * installed, and guessing would invent conflicts.
 */
final class Pep508 {
    private static final Pattern REQ = Pattern.compile(
            "\\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\\s*(?:\\[[^\\]]*\\])?\\s*\\(?\\s*([^;()]*?)\\s*\\)?\\s*");

    record Dependency(String name, String specifier) {}

    private Pep508() {}

    static Optional<Dependency> parse(String text) {
        if (text.indexOf(';') >= 0 || text.indexOf('@') >= 0) {
            return Optional.empty();
        }
        Matcher m = REQ.matcher(text);
        if (!m.matches() || m.group(2).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Dependency(normalize(m.group(1)), m.group(2).replace(" ", "")));
    }

    /** PEP 503 normal form. */
    static String normalize(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
    }
}
