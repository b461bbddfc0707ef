package dev.upkeep.cli;

import dev.upkeep.domain.UpkeepException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code -o FILE}: writes a report to a file atomically (a temporary file, then a rename), never half-done. */
final class OutputOption {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path file;

    boolean toFile() {
        return file != null;
    }

    void write(PrintWriter out, String text) {
        if (file == null) {
            out.print(text);
            out.flush();
            return;
        }
        writeAtomically(file, text);
    }

    static void writeAtomically(Path file, String text) {
        try {
            dev.upkeep.report.AtomicFile.write(file, text);
        } catch (IOException e) {
            throw UpkeepException.input("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
