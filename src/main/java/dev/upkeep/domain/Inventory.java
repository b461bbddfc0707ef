package dev.upkeep.domain;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What is in a stack: its components, the files recorded for later stages, and the problems met
 * while reading it. An inventory with problems is partial.
 *
 * @param root the scanned directory, as the user named it
 * @param components sorted by ecosystem, name, version
 * @param files recorded files such as migrations, sorted by path
 * @param problems files that could not be read, sorted by location
 * @param filesScanned how many files extractors read
 */
public record Inventory(
        String root, List<Component> components, List<InventoryFile> files, List<Problem> problems, int filesScanned) {
    public Inventory {
        requireNonNull(root, "root is null");
        components = List.copyOf(components);
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    public boolean partial() {
        return !problems.isEmpty();
    }
}
