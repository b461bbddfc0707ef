package dev.upkeep.cli;

import dev.upkeep.domain.Inventory;
import dev.upkeep.inventory.Extractor;
import dev.upkeep.inventory.Scanner;
import dev.upkeep.inventory.Walker;
import dev.upkeep.inventory.registry.ExtractorRegistry;
import dev.upkeep.report.CycloneDx;
import dev.upkeep.report.InventoryJson;
import dev.upkeep.report.InventoryTable;
import dev.upkeep.report.Table;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "scan", sortOptions = false,
        description = {"List every component of the stack: packages, images, runtimes, OS releases, CI actions.",
                "Exit codes: 0 complete, 3 partial (some files could not be read), 2 usage error."})
final class ScanCommand implements Callable<Integer> {
    enum Format { table, json, cyclonedx }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", description = "The stack's root folder (default: .).")
    Path path = Path.of(".");

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "table (default), json or cyclonedx (CycloneDX 1.6 JSON).")
    Format format = Format.table;

    @Option(names = "--all", description = "In the table, list transitive components too.")
    boolean all;

    @Mixin
    OutputOption output;

    @Option(names = "--max-file-size", paramLabel = "MIB", description = "Skip files larger than this many MiB (default: 64).")
    long maxFileSizeMib = Walker.DEFAULT_MAX_FILE_SIZE >> 20;

    @Option(names = "--no-gitignore", description = "Also scan files that .gitignore excludes.")
    boolean noGitignore;

    @Option(names = "--list-extractors", description = "List the file formats upkeep reads, and exit.")
    boolean listExtractors;

    @Override
    public Integer call() {
        Terminal terminal = Terminal.detect();
        if (listExtractors) {
            Table t = new Table("ID", "READS");
            for (Extractor x : ExtractorRegistry.all()) {
                t.row(x.id(), x.description());
            }
            spec.commandLine().getOut().print(t.render(terminal.style()));
            return 0;
        }
        if (maxFileSizeMib <= 0) {
            throw dev.upkeep.domain.UpkeepException.usage("--max-file-size must be a positive number of MiB, not " + maxFileSizeMib);
        }
        Scanner scanner = new Scanner(ExtractorRegistry.all(), new Scanner.Options(maxFileSizeMib << 20, !noGitignore,
                Math.max(1, Runtime.getRuntime().availableProcessors())));
        Terminal.Progress progress = terminal.progress(spec.commandLine().getErr(), "scanning");
        Inventory inv;
        try {
            inv = scanner.scan(path, progress == null ? Scanner.Listener.NONE : new Scanner.Listener() {
                @Override
                public void walked(int wantedFiles) {
                    progress.total(wantedFiles);
                }

                @Override
                public void extracted(String p) {
                    progress.step();
                }
            });
        } finally {
            if (progress != null) {
                progress.done();
            }
        }
        String text = switch (format) {
            case table -> InventoryTable.render(inv, all, output.toFile() ? dev.upkeep.report.Style.PLAIN : terminal.style());
            case json -> InventoryJson.render(inv, Versions.tool());
            case cyclonedx -> CycloneDx.render(inv, Versions.tool(), projectName(path));
        };
        output.write(spec.commandLine().getOut(), text);
        if (inv.partial() && format != Format.table) {
            inv.problems().forEach(p -> spec.commandLine().getErr().println("upkeep: " + p));
        }
        return inv.partial() ? Main.EXIT_PARTIAL : 0;
    }

    private static String projectName(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return abs.getFileName() == null ? "stack" : abs.getFileName().toString();
    }
}
