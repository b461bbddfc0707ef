package dev.upkeep.cli;

import dev.upkeep.assess.Drift;
import dev.upkeep.assess.DriftEngine;
import dev.upkeep.domain.Inventory;
import dev.upkeep.domain.UpkeepException;
import dev.upkeep.inventory.Scanner;
import dev.upkeep.inventory.registry.ExtractorRegistry;
import dev.upkeep.knowledge.AdvisorySource;
import dev.upkeep.knowledge.KnowledgeBase;
import dev.upkeep.knowledge.ReleaseSource;
import dev.upkeep.knowledge.endoflife.EndOfLifeSource;
import dev.upkeep.knowledge.osv.OsvOfflineSource;
import dev.upkeep.knowledge.osv.OsvStore;
import dev.upkeep.report.DriftJson;
import dev.upkeep.report.DriftTable;
import dev.upkeep.versioning.registry.VersionSchemes;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "drift", sortOptions = false, description = {
    "For every component: the newest release, the newest within its declared range, the update type,",
    "releases behind, libyears, its release cycle's end of life and LTS status, and its advisories.",
    "Exit codes: 0 done, 3 partial (unreadable files or a source that could not answer), 2 usage."})
final class DriftCommand implements Callable<Integer> {
    enum Format { table, json }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", description = "The stack's root folder (default: .).")
    Path path = Path.of(".");

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "table (default) or json.")
    Format format = Format.table;

    @Option(names = "--all", description = "In the table, list transitive components too.")
    boolean all;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "The date to judge end of life against (default: today, UTC).")
    LocalDate today;

    @Option(names = "--endoflife-url", paramLabel = "URL", description = "endoflife.date API v1 base (default: ${DEFAULT-VALUE}).")
    URI endoflife = EndOfLifeSource.DEFAULT_BASE;

    @Mixin
    KnowledgeOptions knowledge;

    @Mixin
    OutputOption output;

    @Override
    public Integer call() {
        Terminal terminal = Terminal.detect();
        LocalDate day = today != null ? today : LocalDate.now(ZoneOffset.UTC);
        Inventory inv = new Scanner(ExtractorRegistry.all(), Scanner.Options.defaults()).scan(path, Scanner.Listener.NONE);
        KnowledgeBase kb = knowledge.open(Clock.systemUTC());
        List<String> notes = Collections.synchronizedList(new ArrayList<>());
        inv.problems().forEach(p -> notes.add("could not read " + p.location() + ": " + p.message()));
        List<Drift> drifts = assess(inv, kb, day, notes, terminal);
        List<String> said = notes.stream().distinct().sorted().toList(); // sources answer concurrently; keep output stable
        String text = switch (format) {
            case table -> DriftTable.render(drifts, day, said, all, output.toFile() ? dev.upkeep.report.Style.PLAIN : terminal.style());
            case json -> DriftJson.render(drifts, day, said, Versions.tool());
        };
        output.write(spec.commandLine().getOut(), text);
        return notes.isEmpty() ? 0 : Main.EXIT_PARTIAL;
    }

    List<Drift> assess(Inventory inv, KnowledgeBase kb, LocalDate day, List<String> notes, Terminal terminal) {
        List<ReleaseSource> releases = KnowledgeWiring.releaseSources(kb, path, notes::add);
        List<AdvisorySource> advisories = new ArrayList<>();
        OsvStore store = new OsvStore(kb.snapshots().dir("osv"));
        if (store.exists()) {
            advisories.add(new OsvOfflineSource(store));
        } else {
            notes.add("advisories: no OSV data imported ('upkeep db import <all.zip>' or 'upkeep db update'); advisories unknown");
        }
        EndOfLifeSource lifecycle = new EndOfLifeSource(kb.http(), endoflife, kb.snapshots().dir("endoflife"), notes::add);
        Terminal.Progress progress = terminal.progress(spec.commandLine().getErr(), "asking registries");
        DriftEngine engine = new DriftEngine(new DriftEngine.Sources(releases, lifecycle, advisories), VersionSchemes::byId, day,
                notes::add, 16);
        try {
            return engine.assess(inv.components(), progress == null ? DriftEngine.Listener.NONE : new DriftEngine.Listener() {
                public void packages(int total) {
                    progress.total(total);
                }

                public void answered(String name) {
                    progress.step();
                }
            });
        } finally {
            if (progress != null) {
                progress.done();
            }
        }
    }

    static UpkeepException noPath(Path p) {
        return UpkeepException.usage("no such folder: " + p);
    }
}
