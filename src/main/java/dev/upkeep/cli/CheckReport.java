package dev.upkeep.cli;

import dev.upkeep.assess.OperationsFindings;
import dev.upkeep.assess.Policy;
import dev.upkeep.assess.PolicySection;
import dev.upkeep.calendar.CalendarSection;
import dev.upkeep.config.ConfigLoader;
import dev.upkeep.config.UpkeepConfig;
import dev.upkeep.domain.ErrorCategory;
import dev.upkeep.probe.CheckResult;
import dev.upkeep.report.CheckJson;
import dev.upkeep.report.CheckTable;
import dev.upkeep.report.Style;
import java.io.PrintWriter;
import java.time.Instant;

/** What {@code check} and {@code drill restore} share: the policy's classes, the two report formats and the exit code. */
final class CheckReport {
    enum Format { table, json }

    static final int EXIT_FINDINGS = 1;

    private CheckReport() {}

    /**
     * The run with its findings classified by upkeep.yml's policy (ignores applied), as a plan
     * would classify them; urgent findings are due their SLA after {@code now}.
     */
    static CheckResult classified(CheckResult r, UpkeepConfig config, Instant now) {
        Policy policy = PolicySection.read(config);
        OperationsFindings ops = new OperationsFindings(policy, CalendarSection.read(config, policy.zone()), config.ignores(), now,
                config.file().orElse(ConfigLoader.FILE_NAME));
        return r.mapFindings(ops::assess);
    }

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
     * 4 when no target could be probed at all; else 1 when a finding fails the gate (an
     * unreachable target is such a finding); else 3 when a target or a check is missing from the
     * picture; else 0.
     */
    static int exitCode(CheckResult r, FindingGate failOn) {
        if (r.nothingProbed()) {
            return ErrorCategory.EXTERNAL.exitCode();
        }
        if (r.findings().stream().anyMatch(f -> failOn.fails(f))) {
            return EXIT_FINDINGS;
        }
        return r.partial() ? Main.EXIT_PARTIAL : 0;
    }
}
