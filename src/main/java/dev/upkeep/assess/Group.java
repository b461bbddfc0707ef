package dev.upkeep.assess;

import static java.util.Objects.requireNonNull;

import dev.upkeep.config.Glob;
import java.util.List;

/**
 * Packages that move together: in one step of one wave, and with {@code sameVersion} at one
 * version (react and react-dom; socket.io server and client).
 *
 * @param packages name globs ({@code @opentelemetry/*})
 */
public record Group(String name, List<Glob> packages, boolean sameVersion) {
    public Group {
        requireNonNull(name, "name is null");
        packages = List.copyOf(packages);
        if (packages.isEmpty()) {
            throw new IllegalArgumentException("group '" + name + "' names no package");
        }
    }

    public boolean contains(String packageName) {
        return packages.stream().anyMatch(g -> g.matches(packageName));
    }
}
