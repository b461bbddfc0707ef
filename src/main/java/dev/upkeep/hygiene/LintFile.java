package dev.upkeep.hygiene;

import java.io.IOException;

/** One file a rule family checks. */
public interface LintFile {
    /** Relative to the scanned root, forward slashes. */
    String path();

    /** The decoded text. */
    String text() throws IOException;
}
