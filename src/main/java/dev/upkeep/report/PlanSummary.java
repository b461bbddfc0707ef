package dev.upkeep.report;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.FindingClass;
import dev.upkeep.plan.Plan;
import dev.upkeep.plan.Wave;
import java.util.List;
import java.util.Map;

/** The terminal view of a plan: counts by class, the urgent items with their due dates, the waves at a glance. */
public final class PlanSummary {
    private PlanSummary() {}

    public static String render(Plan plan, Style style) {
        StringBuilder sb = new StringBuilder();
        Map<FindingClass, Integer> n = plan.counts();
        sb.append(style.bold("Maintenance plan for " + plan.stack() + ", " + plan.today())).append(" (").append(plan.at().getZone().getId())
                .append(")\n");
        int urgent = n.get(FindingClass.URGENT);
        sb.append("Findings: ").append(urgent > 0 ? style.red(urgent + " urgent") : "0 urgent").append(", ")
                .append(n.get(FindingClass.PLANNED)).append(" planned, ").append(n.get(FindingClass.DEFER)).append(" deferred\n");
        List<Finding> list = plan.findings(FindingClass.URGENT);
        if (!list.isEmpty()) {
            sb.append('\n');
            Table t = new Table("DUE", "FINDING", "WHAT").cap(1, 44).cap(2, 90);
            list.forEach(f -> t.row(f.due().toString(), f.ruleId() + " " + f.subject(), f.message()));
            sb.append(t.render(style));
        }
        sb.append('\n');
        if (plan.waves().isEmpty()) {
            sb.append("No upgrade to schedule.\n");
        } else {
            Table t = new Table("WAVE", "KIND", "WHEN", "UPGRADES", "DUE").cap(2, 80);
            for (Wave w : plan.waves()) {
                t.row(String.valueOf(w.number()), w.kind().id() + (w.occurrence() == null ? "" : " " + w.occurrence().label()),
                        PlanText.when(w, plan.at()), String.valueOf(w.upgrades().size()), w.due().toString());
            }
            sb.append(t.render(style));
        }
        if (!plan.blocked().isEmpty()) {
            sb.append(style.yellow(plan.blocked().size() + " upgrade" + (plan.blocked().size() == 1 ? " is" : "s are")
                    + " blocked by a constraint (see the plan)")).append('\n');
        }
        if (!plan.unknowns().isEmpty()) {
            sb.append(style.dim(plan.unknowns().size() + " thing" + (plan.unknowns().size() == 1 ? "" : "s")
                    + " upkeep did not know (see the plan)")).append('\n');
        }
        return sb.toString();
    }
}
