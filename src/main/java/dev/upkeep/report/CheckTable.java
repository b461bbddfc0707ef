package dev.upkeep.report;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.FindingClass;
import dev.upkeep.domain.Severity;
import dev.upkeep.probe.CheckResult;
import dev.upkeep.probe.Durations;
import dev.upkeep.probe.Measurement;
import dev.upkeep.probe.ProbeResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * {@code upkeep check} and {@code upkeep drill restore} on a terminal: one row per target (how it
 * went and its main numbers), then the findings, worst first, each with its fix, then a summary.
 */
public final class CheckTable {
    /** How many measurements a target's row shows; JSON has them all. */
    static final int SHOWN_MEASUREMENTS = 4;

    private CheckTable() {}

    public static String render(CheckResult r, Style style) {
        StringBuilder sb = new StringBuilder();
        Table targets = new Table("FAMILY", "TARGET", "RESULT", "TOOK", "MEASURED").cap(1, 48).cap(4, 90);
        for (ProbeResult p : r.results()) {
            UnaryOperator<String> resultStyle = p.probed() ? (p.problems().isEmpty() ? style::green : style::yellow) : style::red;
            String result = p.probed() ? (p.problems().isEmpty() ? "ok" : "partial") : p.outcome().id();
            String measured = p.probed() ? measured(p) : p.error();
            targets.styledRow(List.of(p.family(), p.target(), result, Durations.format(p.elapsed()), measured),
                    Arrays.asList(null, null, resultStyle, null, p.probed() ? null : style::red));
        }
        sb.append(targets.render(style));
        List<Finding> findings = new ArrayList<>(r.findings());
        findings.sort(ORDER);
        if (!findings.isEmpty()) {
            sb.append('\n');
            Table t = new Table("CLASS", "DUE", "SEVERITY", "RULE", "MESSAGE").cap(4, 140);
            for (Finding f : findings) {
                t.styledRow(List.of(classOf(f), f.due() == null ? "" : f.due().toString(), f.severity().id(), f.ruleId(), f.message()),
                        Arrays.asList(classColour(f, style), null, colour(f.severity(), style), null, null));
                t.styledRow(List.of("", "", "", "", "fix: " + f.fix()), Arrays.asList(null, null, null, null, style::dim));
            }
            sb.append(t.render(style));
        }
        List<String> problems = new ArrayList<>();
        r.results().forEach(p -> p.problems().forEach(x -> problems.add(p.target() + ": " + x)));
        if (!problems.isEmpty()) {
            sb.append('\n').append(style.yellow("Not checked:")).append('\n');
            problems.forEach(x -> sb.append("  ").append(x).append('\n'));
        }
        return sb.append('\n').append(summary(r)).append('\n').toString();
    }

    /** Most urgent first, then earliest due, then worst; unclassified findings (no policy applied) sort by severity. */
    static final Comparator<Finding> ORDER = Comparator.comparing((Finding f) -> f.findingClass() == null ? 0 : f.findingClass().ordinal())
            .thenComparing(f -> f.due() == null ? LocalDate.MIN : f.due())
            .thenComparing(Finding::severity).thenComparing(Finding::ruleId).thenComparing(Finding::subject);

    private static String classOf(Finding f) {
        return f.findingClass() == null ? "-" : f.findingClass().id();
    }

    private static UnaryOperator<String> classColour(Finding f, Style style) {
        if (f.findingClass() == null) {
            return null;
        }
        return switch (f.findingClass()) {
            case URGENT -> style::red;
            case PLANNED -> style::yellow;
            case DEFER -> style::dim;
        };
    }

    /**
     * One line: targets probed and failed, findings by class (when classified) and severity, time
     * against the deadline.
     */
    public static String summary(CheckResult r) {
        List<String> classes = new ArrayList<>();
        for (FindingClass c : FindingClass.values()) {
            long n = r.findings().stream().filter(f -> f.findingClass() == c).count();
            if (n > 0) {
                classes.add(n + " " + c.id());
            }
        }
        List<String> counts = new ArrayList<>();
        for (Severity s : Severity.values()) {
            long n = r.findings().stream().filter(f -> f.severity() == s).count();
            if (n > 0) {
                counts.add(n + " " + s.id());
            }
        }
        int total = r.findings().size();
        return r.results().size() + (r.results().size() == 1 ? " target: " : " targets: ") + r.probed() + " probed, " + r.failed()
                + " not; " + (total == 0 ? "no findings" : total + (total == 1 ? " finding" : " findings") + " ("
                        + (classes.isEmpty() ? "" : String.join(", ", classes) + "; ") + String.join(", ", counts) + ")")
                + " in " + Durations.format(r.elapsed()) + " (deadline " + Durations.format(r.deadline()) + ").";
    }

    private static String measured(ProbeResult p) {
        List<String> parts = new ArrayList<>();
        for (Measurement m : p.measurements()) {
            if (parts.size() == SHOWN_MEASUREMENTS) {
                parts.add("…");
                break;
            }
            parts.add(m.name() + (m.subject() == null ? "" : " [" + m.subject() + "]") + " " + value(m));
        }
        return String.join(" · ", parts);
    }

    /** A measurement for people: sizes in KiB to TiB, booleans as yes/no, at most one decimal. */
    static String value(Measurement m) {
        double v = m.value();
        return switch (m.unit()) {
            case "count", "number", "code" -> number(v);
            case "bool" -> v != 0 ? "yes" : "no";
            case "%" -> number(v) + "%";
            case "bytes" -> bytes(v);
            default -> number(v) + " " + m.unit();
        };
    }

    static String number(double v) {
        double r = Math.round(v * 10) / 10.0;
        return r == Math.rint(r) && Math.abs(r) < 1e15 ? Long.toString((long) r) : String.format(Locale.ROOT, "%.1f", r);
    }

    private static String bytes(double v) {
        String[] units = {"bytes", "KiB", "MiB", "GiB", "TiB"};
        int i = 0;
        while (v >= 1024 && i < units.length - 1) {
            v /= 1024;
            i++;
        }
        return number(v) + " " + units[i];
    }

    private static UnaryOperator<String> colour(Severity s, Style style) {
        return switch (s) {
            case CRITICAL, HIGH -> style::red;
            case MEDIUM -> style::yellow;
            case LOW -> style::cyan;
            case INFO -> style::dim;
        };
    }
}
