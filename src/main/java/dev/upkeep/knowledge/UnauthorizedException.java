package dev.upkeep.knowledge;

import static java.util.Objects.requireNonNull;

/**
 * The origin answered 401 and said how to authenticate ({@code WWW-Authenticate}); thrown by
 * {@link HttpFetcher#getOrChallenge} so a source can obtain a token and ask again.
 */
public class UnauthorizedException extends SourceUnavailableException {
    private static final long serialVersionUID = 1L;

    private final String challenge;

    public UnauthorizedException(String message, String challenge) {
        super(message);
        this.challenge = requireNonNull(challenge, "challenge is null");
    }

    /** The {@code WWW-Authenticate} header as sent: a scheme and its parameters, no secret. */
    public String challenge() {
        return challenge;
    }
}
