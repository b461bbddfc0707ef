package dev.upkeep.probe;

import static java.util.Objects.requireNonNull;

/**
 * Where a connection string or password comes from, so none sits in upkeep.yml: {@code env:VAR}
 * (an environment variable) or {@code file:PATH} (a file, relative to the stack's root, its
 * content stripped of surrounding white space). Anything else is a literal, allowed only where it
 * holds no password (the targets reader checks).
 *
 * @param kind where the value comes from
 * @param name the variable name, the file path, or the literal itself
 */
public record SecretRef(Kind kind, String name) {
    public enum Kind { ENV, FILE, LITERAL }

    public SecretRef {
        requireNonNull(kind, "kind is null");
        requireNonNull(name, "name is null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("empty " + kind.name().toLowerCase(java.util.Locale.ROOT) + " reference");
        }
    }

    public static SecretRef parse(String text) {
        String t = text.strip();
        if (t.startsWith("env:")) {
            return new SecretRef(Kind.ENV, t.substring(4).strip());
        }
        if (t.startsWith("file:") && !t.startsWith("file://")) {
            return new SecretRef(Kind.FILE, t.substring(5).strip());
        }
        return new SecretRef(Kind.LITERAL, t);
    }

    /** How it is written in upkeep.yml; for a literal, the masked literal. */
    @Override
    public String toString() {
        return switch (kind) {
            case ENV -> "env:" + name;
            case FILE -> "file:" + name;
            case LITERAL -> Redaction.maskUrl(name);
        };
    }
}
