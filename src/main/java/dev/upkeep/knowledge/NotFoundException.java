package dev.upkeep.knowledge;

/** The source answered that the thing does not exist (404/410): a fact about the package, not an outage. */
public class NotFoundException extends SourceUnavailableException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
