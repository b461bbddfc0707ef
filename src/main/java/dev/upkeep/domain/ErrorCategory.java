package dev.upkeep.domain;

/**
 * Why a command could not do its work, and the process exit code each reason maps to. The codes
 * are documented in the README; scripts depend on them.
 */
public enum ErrorCategory {
    /** A wrong flag, a missing argument, a path that does not exist. */
    USAGE(2),
    /** A configuration file or an input the user pointed at directly is malformed. */
    INPUT(3),
    /** A registry, a data source or a target could not be reached or answered nonsense. */
    EXTERNAL(4),
    /** A bug in upkeep. */
    INTERNAL(70);

    private final int exitCode;

    ErrorCategory(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
