package dev.upkeep.versioning;

/** A version or range string the scheme cannot parse; the message names the input and the reason. */
public class InvalidVersionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String scheme;
    private final String input;
    private final String reason;

    public InvalidVersionException(String scheme, String input, String reason) {
        super("invalid " + scheme + " " + "'" + input + "': " + reason);
        this.scheme = scheme;
        this.input = input;
        this.reason = reason;
    }

    /** The id of the scheme that refused the input. */
    public String scheme() {
        return scheme;
    }

    /** The text that could not be parsed. */
    public String input() {
        return input;
    }

    /** Why, without the input: {@code is not a version (MAJOR.MINOR.PATCH)}. */
    public String reason() {
        return reason;
    }
}
