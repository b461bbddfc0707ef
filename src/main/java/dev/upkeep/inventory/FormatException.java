package dev.upkeep.inventory;

/**
 * A file is not what its name says: thrown by an extractor with what is wrong and, where known, the
 * 1-based line. The scan reports it as one problem line and goes on.
 */
public class FormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int line;

    public FormatException(String message) {
        this(message, 0);
    }

    public FormatException(String message, int line) {
        super(message);
        this.line = line;
    }

    public FormatException(String message, int line, Throwable cause) {
        super(message, cause);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
