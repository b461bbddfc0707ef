package dev.upkeep.knowledge;

import java.util.Optional;

/** Knows products' release cycles and their end-of-life dates (endoflife.date). */
public interface LifecycleSource {
    String id();

    /** The product named {@code name} (or one of its aliases). */
    Optional<Product> product(String name);

    /**
     * The product whose identifiers include this package URL, matched without version and
     * qualifiers ({@code pkg:docker/library/postgres} → postgresql, {@code pkg:npm/next} → nextjs).
     */
    Optional<Product> productForPurl(String purl);
}
