package dev.upkeep.cli;

import dev.upkeep.config.FailOn;
import dev.upkeep.domain.ErrorCategory;
import dev.upkeep.probe.CheckResult;
import dev.upkeep.report.CheckJson;
import dev.upkeep.report.CheckTable;
import dev.upkeep.report.Style;
import java.io.PrintWriter;

/** What {@code check} and {@code drill restore} share: the two report formats and the exit code. */
final class CheckReport {
    enum Format { table, json }

    static final int EXIT_FINDINGS = 1;

    private CheckReport() {}

    static void write(CheckResult r, Format format, String command, OutputOption output, PrintWriter out, Terminal terminal) {
        String text = switch (format) {
            case table -> CheckTable.render(r, output.toFile() ? Style.PLAIN : terminal.style());
            case json -> CheckJson.render(r, command, Versions.tool());
        };
        output.write(out, text);
        if (output.toFile()) {
            out.println(CheckTable.summary(r) + " Report written to " + output.file + ".");
            out.flush();
        }
    }

    /**
     * 4 when no target could be probed at all; else 1 when a finding is at or above the
     * threshold (an unreachable target is such a finding); else 3 when a target or a check is
     * missing from the picture; else 0.
     */
    static int exitCode(CheckResult r, FailOn failOn) {
        if (r.nothingProbed()) {
            return ErrorCategory.EXTERNAL.exitCode();
        }
        if (r.findings().stream().anyMatch(f -> failOn.fails(f.severity()))) {
            return EXIT_FINDINGS;
        }
        return r.partial() ? Main.EXIT_PARTIAL : 0;
    }
}
