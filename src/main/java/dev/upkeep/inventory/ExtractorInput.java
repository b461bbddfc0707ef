package dev.upkeep.inventory;

import java.io.IOException;
import java.util.Optional;

/** The file an extractor reads, and a safe way to open its neighbours (a requirements include, say). */
public interface ExtractorInput {
    /** The file's path relative to the scanned root, with forward slashes. */
    String path();

    /** The file's text, decoded (UTF-8, or UTF-16 when it starts with a byte order mark), without a BOM. */
    String text() throws IOException;

    /**
     * Opens another file named relative to this file's directory ({@code ../constraints.txt}).
     * Empty when it does not exist, is not a regular file, lies outside the scanned root, or is over
     * the size limit.
     */
    Optional<ExtractorInput> open(String relativePath) throws IOException;
}
