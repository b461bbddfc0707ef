package dev.upkeep.domain;

import static java.util.Objects.requireNonNull;

/**
 * A file the inventory records for later stages without taking components from it, such as a
 * database migration ({@code kind = "migration/alembic"}).
 */
public record InventoryFile(String path, String kind) implements Comparable<InventoryFile> {
    public InventoryFile {
        requireNonNull(path, "path is null");
        requireNonNull(kind, "kind is null");
    }

    @Override
    public int compareTo(InventoryFile o) {
        int c = path.compareTo(o.path);
        return c != 0 ? c : kind.compareTo(o.kind);
    }
}
