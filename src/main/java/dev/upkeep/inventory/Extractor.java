package dev.upkeep.inventory;

import java.io.IOException;

/**
 * Reads one file format into components. One format is one package
 * ({@code dev.upkeep.inventory.<ecosystem>.<format>}) and one line in
 * {@link dev.upkeep.inventory.registry.ExtractorRegistry}.
 *
 * <p>The core walks the tree, opens files and collects errors; an extractor only says which paths
 * it wants and reads the one it is given. It never prints, never reaches the network and never
 * sees another extractor's results.
 */
public interface Extractor {
    /** A stable, path-like id such as {@code npm/package-lock}; users see it in reports. */
    String id();

    /** One line for {@code upkeep scan --list-extractors} and the docs. */
    String description();

    /**
     * Whether this extractor reads the file at {@code path}: a cheap check of the relative path
     * (forward slashes), never of the content.
     */
    boolean wants(String path);

    /**
     * Reads one file. Throw {@link FormatException} (or let a parser's exception through) when the
     * file is malformed: the core turns it into one problem line naming the file and the line, and
     * the scan goes on. Problems that spoil only part of the file go into the result instead.
     */
    Extraction extract(ExtractorInput input) throws IOException;
}
