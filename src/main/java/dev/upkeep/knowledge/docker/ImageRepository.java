package dev.upkeep.knowledge.docker;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where an image's tags live: the registry host ({@code null} for Docker Hub) and the repository
 * path on it. The first segment of a name is a host when it holds a dot or a colon or is {@code
 * localhost}, as Docker decides; Docker Hub names without a namespace are {@code library/}'s.
 */
record ImageRepository(String host, String path) {
    private static final Set<String> DOCKER_HUB = Set.of("docker.io", "index.docker.io", "registry-1.docker.io");
    private static final Pattern PATH = Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*");

    /** {@code library/node} → Docker Hub; {@code ghcr.io/org/app} → ghcr.io; empty when the name cannot be a repository. */
    static Optional<ImageRepository> of(String name) {
        String host = null;
        String path = name;
        int slash = name.indexOf('/');
        if (slash > 0) {
            String first = name.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                host = first.toLowerCase(Locale.ROOT);
                path = name.substring(slash + 1);
            }
        }
        if (host != null && DOCKER_HUB.contains(host)) {
            host = null;
        }
        if (host == null && path.indexOf('/') < 0) {
            path = "library/" + path;
        }
        return PATH.matcher(path).matches() ? Optional.of(new ImageRepository(host, path)) : Optional.empty();
    }

    boolean dockerHub() {
        return host == null;
    }
}
