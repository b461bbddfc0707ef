package dev.upkeep.versioning;

/** A version or range string the scheme cannot parse; the message names the input and the reason. */
public class InvalidVersionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidVersionException(String scheme, String input, String reason) {
        super("invalid " + scheme + " " + "'" + input + "': " + reason);
    }
}
