package dev.upkeep.cli;

import dev.upkeep.knowledge.KnowledgeBase;
import dev.upkeep.knowledge.ReleaseSource;
import dev.upkeep.knowledge.registry.ReleaseSources;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Builds the knowledge sources a command uses from the knowledge base and the stack's own configuration. */
final class KnowledgeWiring {
    private KnowledgeWiring() {}

    /**
     * The release sources (npm, PyPI, Docker registries, Maven Central), honouring .npmrc and pip
     * settings under {@code stackRoot}; {@code warnings} receives configuration problems (an unset
     * {@code ${NPM_TOKEN}}), never a secret.
     */
    static List<ReleaseSource> releaseSources(KnowledgeBase kb, Path stackRoot, Consumer<String> warnings) {
        Map<String, String> env = System.getenv();
        ReleaseSources sources = ReleaseSources.create(kb.http(), ReleaseSources.Settings.fromEnv(env), stackRoot,
                Path.of(System.getProperty("user.home")), env);
        sources.warnings().forEach(warnings);
        return sources.all();
    }
}
