package dev.upkeep.report;

import dev.upkeep.assess.Drift;
import dev.upkeep.assess.LifecycleStatus;
import dev.upkeep.assess.MatchedAdvisory;
import dev.upkeep.domain.Relation;
import dev.upkeep.domain.Severity;
import dev.upkeep.versioning.UpdateType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The terminal view of drift: one row per component (direct ones unless {@code all}) with current,
 * wanted (newest in range), latest, update type, releases behind, libyears, lifecycle and
 * advisories; then the advisories themselves; then what was degraded.
 */
public final class DriftTable {
    private DriftTable() {}

    public static String render(List<Drift> drifts, LocalDate today, List<String> notes, boolean all, Style style) {
        StringBuilder sb = new StringBuilder();
        List<Drift> shown = drifts.stream().filter(d -> all || d.component().relation() != Relation.TRANSITIVE
                || !d.advisories().isEmpty()).toList();
        long outdated = drifts.stream().filter(Drift::outdated).count();
        long eol = drifts.stream().filter(d -> d.lifecycle() != null && d.lifecycle().eolPassed()).count();
        long vulnerable = drifts.stream().filter(d -> !d.advisories().isEmpty()).count();
        sb.append(style.bold("Drift on " + today)).append(": ").append(drifts.size()).append(" components, ")
                .append(outdated).append(" outdated, ").append(eol > 0 ? style.red(eol + " past end of life") : "0 past end of life")
                .append(", ").append(vulnerable > 0 ? style.red(vulnerable + " with advisories") : "0 with advisories").append("\n\n");
        Table t = new Table("ECOSYSTEM", "NAME", "CURRENT", "WANTED", "LATEST", "UPDATE", "BEHIND", "LIBYEARS", "LIFECYCLE", "ADVISORIES")
                .cap(1, 40).cap(8, 30);
        for (Drift d : shown) {
            String current = d.component().version() != null ? d.component().version()
                    : "(" + (d.component().skipReason() == null ? "unresolved" : d.component().skipReason().id()) + ")";
            UnaryOperator<String> typeStyle = d.updateType() == UpdateType.MAJOR ? style::yellow : null;
            UnaryOperator<String> lifeStyle = d.lifecycle() != null && d.lifecycle().eolPassed() ? style::red
                    : d.lifecycle() != null && d.lifecycle().daysToEol() != null && d.lifecycle().daysToEol() < 180 ? style::yellow : null;
            UnaryOperator<String> advStyle = d.advisories().stream().anyMatch(m -> m.advisory().severity().atLeast(Severity.HIGH)) ? style::red
                    : d.advisories().isEmpty() ? null : style::yellow;
            t.styledRow(List.of(d.component().ecosystem().id(), d.component().name(), current, nz(d.latestInRange()), nz(d.latest()),
                    d.updateType() == null ? "" : d.updateType() == UpdateType.NONE ? "-" : d.updateType().id(),
                    d.releasesBehind() == null ? "" : String.valueOf(d.releasesBehind()),
                    d.libyears() == null ? "" : String.format(java.util.Locale.ROOT, "%.1f", d.libyears()),
                    lifecycle(d.lifecycle()), advisories(d.advisories())),
                    Arrays.asList(null, null, null, null, null, typeStyle, null, null, lifeStyle, advStyle));
        }
        sb.append(t.render(style));
        if (shown.size() < drifts.size()) {
            sb.append(style.dim("… " + (drifts.size() - shown.size()) + " transitive components without advisories hidden (--all lists them)")).append('\n');
        }
        List<String> lines = new ArrayList<>();
        for (Drift d : drifts) {
            for (MatchedAdvisory m : d.advisories()) {
                String sev = m.advisory().severity().id().toUpperCase(java.util.Locale.ROOT);
                lines.add(String.format("  %-8s %-20s %s %s: %s%s", sev, m.advisory().id(), d.component().name(), d.component().version(),
                        m.advisory().summary() == null ? "" : m.advisory().summary(),
                        m.fixedIn() == null ? " (no fix known)" : " (fixed in " + m.fixedIn() + ")"));
            }
        }
        if (!lines.isEmpty()) {
            sb.append('\n').append(style.bold("Advisories")).append('\n');
            lines.stream().distinct().forEach(l -> sb.append(l.startsWith("  CRITICAL") || l.startsWith("  HIGH") ? style.red(l) : l).append('\n'));
        }
        if (!notes.isEmpty()) {
            sb.append('\n').append(style.yellow("Degraded data:")).append('\n');
            notes.stream().distinct().forEach(n -> sb.append("  ").append(n).append('\n'));
        }
        return sb.toString();
    }

    private static String lifecycle(LifecycleStatus l) {
        if (l == null) {
            return "";
        }
        String s = l.product() + " " + l.cycle();
        if (l.eolPassed()) {
            return s + ": EOL" + (l.eol() == null ? "" : " " + l.eol());
        }
        if (l.eol() != null) {
            return s + ": EOL in " + l.daysToEol() + "d" + (l.lts() ? " (LTS)" : "");
        }
        return s + (l.lts() ? " (LTS)" : "");
    }

    private static String advisories(List<MatchedAdvisory> ms) {
        if (ms.isEmpty()) {
            return "";
        }
        int[] n = new int[Severity.values().length];
        ms.forEach(m -> n[m.advisory().severity().ordinal()]++);
        List<String> parts = new ArrayList<>();
        for (Severity s : Severity.values()) {
            if (n[s.ordinal()] > 0) {
                parts.add(n[s.ordinal()] + " " + s.id());
            }
        }
        return String.join(", ", parts);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
