package dev.upkeep.probe;

/** A target cannot be probed; the message says what failed and why, in one line, without secrets. */
public class ProbeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ProbeException(String message) {
        super(message);
    }

    public ProbeException(String message, Throwable cause) {
        super(message, cause);
    }
}
