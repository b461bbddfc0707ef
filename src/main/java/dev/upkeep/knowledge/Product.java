package dev.upkeep.knowledge;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/** A product with a lifecycle (endoflife.date): its identifiers and its cycles, newest first. */
public record Product(String name, String label, List<String> aliases, List<String> purls, List<LifecycleCycle> cycles) {
    public Product {
        requireNonNull(name, "name is null");
        aliases = List.copyOf(aliases);
        purls = List.copyOf(purls);
        cycles = List.copyOf(cycles);
    }

    public Optional<LifecycleCycle> cycle(String cycleName) {
        return cycles.stream().filter(c -> c.cycle().equals(cycleName)).findFirst();
    }
}
