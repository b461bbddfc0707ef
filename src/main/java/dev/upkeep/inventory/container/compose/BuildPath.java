package dev.upkeep.inventory.container.compose;

import java.nio.file.Path;
import java.util.Optional;

/** Where the Dockerfile of a Compose build lies, relative to the scanned root. */
final class BuildPath {
    private BuildPath() {}

    /**
     * The path of {@code dockerfile} in {@code context}, both relative to the folder of
     * {@code composeFile}; empty for a remote context (a URL or git reference), an absolute path, or
     * a path that leaves the scanned root.
     */
    static Optional<String> of(String composeFile, String context, String dockerfile) {
        if (context.contains("://") || context.startsWith("git@") || context.contains("$")
                || context.startsWith("/") || dockerfile.startsWith("/")) {
            return Optional.empty();
        }
        int slash = composeFile.lastIndexOf('/');
        Path folder = Path.of(slash < 0 ? "" : composeFile.substring(0, slash));
        Path file = folder.resolve(context).resolve(dockerfile).normalize();
        String path = file.toString().replace('\\', '/');
        return path.startsWith("..") || path.isEmpty() ? Optional.empty() : Optional.of(path);
    }
}
