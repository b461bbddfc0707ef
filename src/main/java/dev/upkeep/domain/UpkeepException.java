package dev.upkeep.domain;

import static java.util.Objects.requireNonNull;

/** An error that says what failed, on which input and why, in one line; its category sets the exit code. */
public class UpkeepException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCategory category;

    public UpkeepException(ErrorCategory category, String message) {
        super(message);
        this.category = requireNonNull(category, "category is null");
    }

    public UpkeepException(ErrorCategory category, String message, Throwable cause) {
        super(message, cause);
        this.category = requireNonNull(category, "category is null");
    }

    public ErrorCategory category() {
        return category;
    }

    public static UpkeepException usage(String message) {
        return new UpkeepException(ErrorCategory.USAGE, message);
    }

    public static UpkeepException input(String message) {
        return new UpkeepException(ErrorCategory.INPUT, message);
    }

    public static UpkeepException input(String message, Throwable cause) {
        return new UpkeepException(ErrorCategory.INPUT, message, cause);
    }

    public static UpkeepException external(String message, Throwable cause) {
        return new UpkeepException(ErrorCategory.EXTERNAL, message, cause);
    }
}
