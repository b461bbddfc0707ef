package dev.upkeep.hygiene;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * What a rule family may know about the rest of the repository: the walked paths and their text.
 * Rules that judge the repository as a whole (no scanning step in any workflow; no HEALTHCHECK
 * when Compose checks health) read other files through this.
 */
public interface LintContext {
    /** Every walked file, relative to the root, sorted. */
    List<String> paths();

    /** A file's text by its relative path; empty when it is not there or unreadable. */
    Optional<String> read(String path) throws IOException;

    /**
     * The PostgreSQL major version the stack runs, when the repository says (a compose or
     * Dockerfile image tag); rules whose advice depends on it read it here.
     */
    Optional<Integer> postgresMajor();
}
