package dev.upkeep.config;

/** A YAML text is not well-formed, or breaks a safety limit; says why and on which 1-based line (0 when unknown). */
public class YamlSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int line;

    public YamlSyntaxException(String message, int line, Throwable cause) {
        super(message, cause);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
