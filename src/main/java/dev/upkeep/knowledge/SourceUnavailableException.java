package dev.upkeep.knowledge;

import dev.upkeep.domain.ErrorCategory;
import dev.upkeep.domain.UpkeepException;

/**
 * A source could not answer and no cached copy could stand in. Callers degrade that source only:
 * the run goes on and says which data is missing.
 */
public class SourceUnavailableException extends UpkeepException {
    private static final long serialVersionUID = 1L;

    public SourceUnavailableException(String message) {
        super(ErrorCategory.EXTERNAL, message);
    }

    public SourceUnavailableException(String message, Throwable cause) {
        super(ErrorCategory.EXTERNAL, message, cause);
    }
}
