package dev.upkeep.report;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Problem;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.LintResult;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code upkeep lint} on a terminal: one aligned row per finding (severity, rule, where, what) with
 * its fix below, then the files that could not be checked, then a one-line summary. Colour only
 * when the caller says the output is a terminal that wants it.
 */
public final class LintTable {
    private static final String RESET = "\u001B[0m";
    private static final String DIM = "\u001B[2m";

    private LintTable() {}

    public static String render(LintResult result, boolean color) {
        StringBuilder out = new StringBuilder();
        List<Finding> findings = result.findings();
        if (!findings.isEmpty()) {
            int sevWidth = "SEVERITY".length();
            int ruleWidth = "RULE".length();
            int whereWidth = "LOCATION".length();
            for (Finding f : findings) {
                ruleWidth = Math.max(ruleWidth, f.ruleId().length());
                whereWidth = Math.max(whereWidth, where(f).length());
            }
            out.append(row(sevWidth, ruleWidth, whereWidth, "SEVERITY", "RULE", "LOCATION", "MESSAGE").stripTrailing()).append('\n');
            for (Finding f : findings) {
                String sev = pad(f.severity().id(), sevWidth);
                if (color) {
                    sev = colour(f.severity()) + sev + RESET;
                }
                out.append(sev).append("  ").append(pad(f.ruleId(), ruleWidth)).append("  ")
                        .append(pad(where(f), whereWidth)).append("  ").append(f.message()).append('\n');
                String indent = " ".repeat(sevWidth + 2);
                String fix = "fix: " + f.fix() + " (docs/rules/" + f.ruleId() + ".md)";
                out.append(indent).append(color ? DIM + fix + RESET : fix).append('\n');
            }
        }
        if (!result.problems().isEmpty()) {
            out.append(findings.isEmpty() ? "" : "\n").append("Problems:\n");
            for (Problem p : result.problems()) {
                out.append("  ").append(p).append('\n');
            }
        }
        if (out.length() > 0) {
            out.append('\n');
        }
        out.append(summary(result)).append('\n');
        return out.toString();
    }

    /** One line: how many findings by severity, files checked, suppressed, problems. */
    public static String summary(LintResult result) {
        List<String> counts = new ArrayList<>();
        for (Severity s : Severity.values()) {
            long n = result.findings().stream().filter(f -> f.severity() == s).count();
            if (n > 0) {
                counts.add(n + " " + s.id());
            }
        }
        int total = result.findings().size();
        String findings = total == 0 ? "No findings" : total + (total == 1 ? " finding" : " findings") + " (" + String.join(", ", counts) + ")";
        return findings + " in " + result.filesChecked() + (result.filesChecked() == 1 ? " file" : " files")
                + "; " + result.suppressed() + " suppressed; "
                + result.problems().size() + (result.problems().size() == 1 ? " problem." : " problems.");
    }

    private static String where(Finding f) {
        return f.location() == null ? "-" : f.location().toString();
    }

    private static String row(int a, int b, int c, String s1, String s2, String s3, String s4) {
        return pad(s1, a) + "  " + pad(s2, b) + "  " + pad(s3, c) + "  " + s4;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static String colour(Severity s) {
        return switch (s) {
            case CRITICAL -> "\u001B[1;31m";
            case HIGH -> "\u001B[31m";
            case MEDIUM -> "\u001B[33m";
            case LOW -> "\u001B[36m";
            case INFO -> DIM;
        };
    }
}
