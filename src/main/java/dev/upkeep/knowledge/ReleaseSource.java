package dev.upkeep.knowledge;

import dev.upkeep.domain.Component;

/**
 * A registry that knows a package's releases: npm, PyPI, a Docker registry, Maven Central. One
 * implementation per package ({@code dev.upkeep.knowledge.<source>}); the wire format stays inside
 * it (package-private records), the rest of upkeep sees {@link ReleaseHistory}.
 */
public interface ReleaseSource {
    /** A stable id: {@code npm}, {@code pypi}, {@code docker}, {@code maven}. */
    String id();

    /** Whether this source can say anything about the component (a cheap check of ecosystem and kind). */
    boolean supports(Component component);

    /**
     * The component's release history.
     *
     * @throws NotFoundException the registry has no such package
     * @throws SourceUnavailableException the registry could not answer and nothing was cached
     */
    ReleaseHistory releases(Component component);
}
