package dev.upkeep.inventory;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.InventoryFile;
import dev.upkeep.domain.Problem;
import java.util.List;

/** What an extractor read from one file. */
public record Extraction(List<Component> components, List<InventoryFile> files, List<Problem> problems) {
    public Extraction {
        components = List.copyOf(components);
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    public static Extraction of(List<Component> components) {
        return new Extraction(components, List.of(), List.of());
    }

    public static Extraction empty() {
        return new Extraction(List.of(), List.of(), List.of());
    }
}
