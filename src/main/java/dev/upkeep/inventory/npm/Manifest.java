package dev.upkeep.inventory.npm;

import static java.util.Objects.requireNonNull;

import dev.upkeep.inventory.ExtractorInput;
import dev.upkeep.inventory.FormatException;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * What a lockfile extractor needs from the package.json next to it: the dependencies it declares,
 * by name, and its workspace patterns. Lockfiles that do not write these themselves (package-lock
 * v1, yarn.lock) read it through {@link ExtractorInput#open}.
 */
public record Manifest(Map<String, DeclaredDependency> dependencies, WorkspaceGlobs workspaces) {
    public Manifest {
        dependencies = Map.copyOf(dependencies);
        requireNonNull(workspaces, "workspaces is null");
    }

    /**
     * The package.json at {@code relativePath} from {@code input}'s folder; empty when there is none
     * or it cannot be read (its own extractor reports that, and the lockfile stands on its own).
     */
    public static Optional<Manifest> read(ExtractorInput input, String relativePath) {
        try {
            Optional<ExtractorInput> file = input.open(relativePath);
            if (file.isEmpty()) {
                return Optional.empty();
            }
            JsonDocument doc = JsonDocument.parse(file.get().text(), false);
            return Optional.of(new Manifest(DeclaredDependency.byName(DeclaredDependency.of(doc.root(), doc)),
                    WorkspaceGlobs.of(doc.root().path("workspaces"))));
        } catch (IOException | FormatException e) {
            return Optional.empty();
        }
    }

    public DeclaredDependency get(String name) {
        return dependencies.get(name);
    }
}
