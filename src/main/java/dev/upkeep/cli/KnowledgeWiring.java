package dev.upkeep.cli;

import dev.upkeep.knowledge.AdvisorySource;
import dev.upkeep.knowledge.KnowledgeBase;
import dev.upkeep.knowledge.ReleaseSource;
import dev.upkeep.knowledge.npm.NpmConfig;
import dev.upkeep.knowledge.npmaudit.NpmBulkAdvisorySource;
import dev.upkeep.knowledge.osv.OsvApiSource;
import dev.upkeep.knowledge.osv.OsvOfflineSource;
import dev.upkeep.knowledge.osv.OsvStore;
import dev.upkeep.knowledge.registry.ReleaseSources;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /**
     * The advisory sources. Online: the OSV API at {@code osv} (falling back on the imported OSV
     * zips when it cannot answer) and npm's bulk advisories at the registry the stack's
     * {@code .npmrc} names ({@code UPKEEP_NPM_REGISTRY} first), with that registry's credentials.
     * Offline, or with {@code online} false: the imported zips only.
     */
    static List<AdvisorySource> advisorySources(KnowledgeBase kb, Path stackRoot, URI osv, boolean online, Consumer<String> notes) {
        OsvStore store = new OsvStore(kb.snapshots().dir("osv"));
        Instant asOf = kb.snapshots().manifest().entrySet().stream().filter(e -> e.getKey().startsWith("osv/"))
                .map(e -> e.getValue().dataAsOf()).filter(java.util.Objects::nonNull).max(Instant::compareTo).orElse(null);
        OsvOfflineSource imported = new OsvOfflineSource(store, asOf);
        if (kb.offline() || !online) {
            if (!store.exists()) {
                notes.accept("advisories: no OSV data imported ('upkeep db import <all.zip>' or 'upkeep db update'); advisories unknown");
                return List.of();
            }
            return List.of(imported);
        }
        Map<String, String> env = System.getenv();
        NpmConfig npmrc = NpmConfig.load(stackRoot == null ? null : stackRoot.resolve(".npmrc"),
                Path.of(System.getProperty("user.home")).resolve(".npmrc"), env);
        URI registry = Optional.ofNullable(ReleaseSources.Settings.fromEnv(env).npmRegistry())
                .or(npmrc::registry).orElse(NpmBulkAdvisorySource.DEFAULT_REGISTRY);
        return List.of(new OsvApiSource(kb.http(), osv, imported, notes),
                new NpmBulkAdvisorySource(kb.http(), registry, npmrc.headersFor(registry)));
    }
}
