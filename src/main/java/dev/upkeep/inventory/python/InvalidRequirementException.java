package dev.upkeep.inventory.python;

/** A string is not a PEP 508 requirement; the message says what was expected where. */
public class InvalidRequirementException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidRequirementException(String message) {
        super(message);
    }
}
