package dev.upkeep.cli;

import dev.upkeep.domain.UpkeepException;
import dev.upkeep.knowledge.Ages;
import dev.upkeep.knowledge.Fetched;
import dev.upkeep.knowledge.KnowledgeBase;
import dev.upkeep.knowledge.Snapshots;
import dev.upkeep.knowledge.SourceUnavailableException;
import dev.upkeep.knowledge.endoflife.EndOfLifeImport;
import dev.upkeep.knowledge.endoflife.EndOfLifeSource;
import dev.upkeep.knowledge.osv.OsvStore;
import dev.upkeep.report.Table;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code upkeep db}: the knowledge data upkeep keeps on this machine. */
@Command(name = "db", description = "Knowledge data: import snapshots, refresh them, see what is known.",
        subcommands = {DbCommand.Import.class, DbCommand.Status.class, DbCommand.Update.class})
final class DbCommand {

    @Command(name = "import", description = {
        "Import offline knowledge: an OSV zip (all.zip of an ecosystem), a folder of OSV zips,",
        "or a folder shaped like the endoflife.date API v1 (products.json, products/<name>.json)."})
    static final class Import implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        KnowledgeOptions knowledge;

        @Parameters(arity = "1..*", paramLabel = "FILE|DIR")
        List<Path> paths;

        @Override
        public Integer call() throws IOException {
            KnowledgeBase kb = knowledge.open(Clock.systemUTC());
            PrintWriter out = spec.commandLine().getOut();
            int problems = 0;
            for (Path p : paths) {
                if (!Files.exists(p)) {
                    throw UpkeepException.usage("no such file or folder: " + p);
                }
                if (Files.isDirectory(p) && EndOfLifeImport.looksLikeSnapshot(p)) {
                    EndOfLifeImport.Result r = EndOfLifeImport.importDir(p, kb.snapshots().dir("endoflife"));
                    kb.snapshots().record("endoflife", new Snapshots.Entry("endoflife", p.toAbsolutePath().toString(),
                            Instant.now(), r.dataAsOf(), r.products()));
                    out.println("endoflife: imported " + r.products() + " products from " + p
                            + (r.dataAsOf() == null ? "" : " (data as of " + r.dataAsOf() + ")"));
                } else {
                    List<Path> zips = zips(p);
                    if (zips.isEmpty()) {
                        throw UpkeepException.usage(p + " is neither an OSV zip, a folder of OSV zips, nor an endoflife.date folder");
                    }
                    for (Path z : zips) {
                        problems += importZip(kb, z, out);
                    }
                }
            }
            return problems == 0 ? 0 : Main.EXIT_PARTIAL;
        }

        private static List<Path> zips(Path p) throws IOException {
            if (Files.isRegularFile(p)) {
                return p.toString().endsWith(".zip") ? List.of(p) : List.of();
            }
            try (var s = Files.list(p)) {
                return s.filter(f -> f.toString().endsWith(".zip")).sorted().toList();
            }
        }
    }

    static int importZip(KnowledgeBase kb, Path zip, PrintWriter out) throws IOException {
        OsvStore store = new OsvStore(kb.snapshots().dir("osv"));
        OsvStore.ImportResult r;
        try {
            r = store.importZip(zip);
        } catch (java.util.zip.ZipException e) {
            throw UpkeepException.input(zip + ": not a readable zip (" + e.getMessage() + ")");
        }
        kb.snapshots().record("osv/" + zip.getFileName(), new Snapshots.Entry("osv", zip.toAbsolutePath().toString(),
                Instant.now(), r.newestModified(), r.read() - r.problems().size()));
        out.println("osv: " + zip.getFileName() + ": " + r.read() + " records read, " + r.added() + " new, " + r.updated()
                + " updated, " + r.skipped() + " unchanged" + (r.problems().isEmpty() ? "" : ", " + r.problems().size() + " unreadable"));
        r.problems().forEach(p -> out.println("  " + p));
        return r.problems().size();
    }

    @Command(name = "status", description = "What upkeep knows, from where, and how old it is.")
    static final class Status implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        KnowledgeOptions knowledge;

        @Override
        public Integer call() throws IOException {
            KnowledgeBase kb = knowledge.open(Clock.systemUTC());
            PrintWriter out = spec.commandLine().getOut();
            Instant now = Instant.now();
            out.println("Knowledge cache: " + kb.cacheDir());
            Map<String, Snapshots.Entry> manifest = kb.snapshots().manifest();
            if (manifest.isEmpty()) {
                out.println("No imported snapshots ('upkeep db import' adds them).");
            } else {
                Table t = new Table("SNAPSHOT", "RECORDS", "IMPORTED", "DATA AS OF", "FROM");
                manifest.forEach((k, e) -> t.row(k, String.valueOf(e.records()), Ages.human(java.time.Duration.between(e.importedAt(), now)) + " ago",
                        e.dataAsOf() == null ? "?" : e.dataAsOf().toString().substring(0, 10) + " (" + Ages.human(java.time.Duration.between(e.dataAsOf(), now)) + " ago)",
                        e.from()));
                out.print(t.render(Terminal.detect().style()));
            }
            long[] http = httpCache(kb.cacheDir().resolve("http"));
            out.println("HTTP cache: " + http[0] + " responses, " + (http[1] >> 10) + " KiB");
            return 0;
        }

        private static long[] httpCache(Path dir) throws IOException {
            if (!Files.isDirectory(dir)) {
                return new long[2];
            }
            long[] n = new long[2];
            try (var s = Files.walk(dir)) {
                s.filter(p -> p.toString().endsWith(".body") || p.toString().endsWith(".digest")).forEach(p -> {
                    n[0]++;
                    n[1] += p.toFile().length();
                });
            }
            return n;
        }
    }

    @Command(name = "update", description = "Refresh knowledge from the network: endoflife.date, and OSV zips of the given ecosystems.")
    static final class Update implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        KnowledgeOptions knowledge;

        @Option(names = "--endoflife-url", paramLabel = "URL", description = "endoflife.date API v1 base (default: ${DEFAULT-VALUE}).")
        URI endoflife = EndOfLifeSource.DEFAULT_BASE;

        @Option(names = "--osv-zip-url", paramLabel = "URL", description = "Where OSV keeps <ecosystem>/all.zip (default: ${DEFAULT-VALUE}).")
        URI osvZips = URI.create("https://osv-vulnerabilities.storage.googleapis.com");

        @Option(names = "--ecosystem", split = ",", paramLabel = "NAME", description = "OSV ecosystems to refresh (default: npm,PyPI,Maven).")
        List<String> ecosystems = List.of("npm", "PyPI", "Maven");

        @Override
        public Integer call() throws IOException {
            KnowledgeBase kb = knowledge.open(Clock.systemUTC());
            if (kb.offline()) {
                throw UpkeepException.usage("'db update' needs the network; drop --offline");
            }
            PrintWriter out = spec.commandLine().getOut();
            List<String> failed = new ArrayList<>();
            try {
                Fetched f = kb.http().get(URI.create(endoflife + "/products/full"), Map.of(), Duration.ZERO);
                out.println("endoflife: " + describe(f));
            } catch (SourceUnavailableException e) {
                failed.add("endoflife");
                out.println("endoflife: " + e.getMessage());
            }
            for (String eco : ecosystems) {
                try {
                    Fetched f = kb.http().get(URI.create(osvZips + "/" + eco + "/all.zip"), Map.of(), Duration.ZERO);
                    Path tmp = Files.createTempFile("upkeep-osv-" + eco, ".zip");
                    try {
                        Files.write(tmp, f.body());
                        importZip(kb, tmp, out);
                    } finally {
                        Files.deleteIfExists(tmp);
                    }
                } catch (SourceUnavailableException e) {
                    failed.add("osv/" + eco);
                    out.println("osv/" + eco + ": " + e.getMessage());
                }
            }
            if (failed.size() == ecosystems.size() + 1) {
                throw new UpkeepException(dev.upkeep.domain.ErrorCategory.EXTERNAL, "no source could be refreshed: " + String.join(", ", failed));
            }
            return failed.isEmpty() ? 0 : Main.EXIT_PARTIAL;
        }

        private static String describe(Fetched f) {
            return switch (f.origin()) {
                case NETWORK -> "downloaded " + (f.body().length >> 10) + " KiB";
                case REVALIDATED -> "unchanged since the last update";
                default -> f.note() == null ? "from cache" : f.note();
            };
        }
    }
}
