package dev.upkeep.report;

import dev.upkeep.calendar.Freeze;
import dev.upkeep.calendar.Window;
import dev.upkeep.domain.Finding;
import dev.upkeep.domain.FindingClass;
import dev.upkeep.domain.Problem;
import dev.upkeep.plan.Blocked;
import dev.upkeep.plan.Change;
import dev.upkeep.plan.Plan;
import dev.upkeep.plan.Step;
import dev.upkeep.plan.Upgrade;
import dev.upkeep.plan.Wave;
import java.util.List;
import java.util.Map;

/**
 * {@code maintenance-plan.md}: the plan as a runbook a person follows, with checklists. The same
 * plan always renders to the same bytes.
 */
public final class PlanMarkdown {
    private PlanMarkdown() {}

    public static String render(Plan plan, String toolVersion, String policySource) {
        StringBuilder md = new StringBuilder();
        md.append("# Maintenance plan: ").append(plan.stack()).append(", ").append(plan.today()).append("\n\n");
        md.append("Made by upkeep ").append(toolVersion).append(" for ").append(PlanText.moment(plan.at())).append(", from ")
                .append(policySource).append(". Tick each box as you go; record each wave in the maintenance log at the end.\n\n");
        summary(md, plan);
        glance(md, plan);
        for (Wave w : plan.waves()) {
            wave(md, w, plan);
        }
        blocked(md, plan.blocked());
        others(md, plan);
        unknowns(md, plan.unknowns(), plan.problems());
        policy(md, plan);
        log(md);
        return md.toString();
    }

    private static void summary(StringBuilder md, Plan plan) {
        Map<FindingClass, Integer> counts = plan.counts();
        md.append("## Summary\n\n| class | findings | meaning |\n|---|---:|---|\n");
        md.append("| urgent | ").append(counts.get(FindingClass.URGENT)).append(" | out of band, within its SLA |\n");
        md.append("| planned | ").append(counts.get(FindingClass.PLANNED)).append(" | in the next occurrence of its cadence |\n");
        md.append("| defer | ").append(counts.get(FindingClass.DEFER)).append(" | evaluated later, carried into the next cycle |\n\n");
        List<Finding> urgent = plan.findings(FindingClass.URGENT);
        if (!urgent.isEmpty()) {
            md.append("Urgent, by due date:\n\n| due | finding | what |\n|---|---|---|\n");
            for (Finding f : urgent) {
                md.append("| ").append(f.due()).append(" | `").append(f.ruleId()).append("` ").append(cell(f.subject())).append(" | ")
                        .append(cell(f.message())).append(" |\n");
            }
            md.append('\n');
        }
    }

    private static void glance(StringBuilder md, Plan plan) {
        md.append("## Waves at a glance\n\n");
        if (plan.waves().isEmpty()) {
            md.append("No upgrade is due: nothing to schedule.\n\n");
            return;
        }
        md.append("| wave | when | upgrades | due |\n|---|---|---:|---|\n");
        for (Wave w : plan.waves()) {
            md.append("| ").append(w.number()).append(". ").append(cell(w.title())).append(" | ").append(cell(PlanText.when(w, plan.at())))
                    .append(" | ").append(w.upgrades().size()).append(" | ").append(w.due()).append(" |\n");
        }
        md.append('\n');
    }

    private static void wave(StringBuilder md, Wave w, Plan plan) {
        md.append("## Wave ").append(w.number()).append(": ").append(w.title()).append("\n\n");
        md.append("- **When:** ").append(PlanText.when(w, plan.at())).append('\n');
        md.append("- **Window kind:** ").append(w.windowKind().id()).append(w.migrations() ? " (contains migrations)" : "").append('\n');
        md.append("- **Due:** ").append(w.dueAt() != null ? PlanText.moment(w.dueAt()) : w.due().toString()).append('\n');
        w.notes().forEach(n -> md.append("- **Note:** ").append(n).append('\n'));
        md.append("\n### Before you start\n\n");
        w.preconditions().forEach(p -> md.append("- [ ] ").append(p).append('\n'));
        md.append("\n### Steps\n\n");
        for (Step s : w.steps()) {
            md.append(s.number()).append(". ").append(s.upgrades().size() > 1 ? "Together, in one commit:" : "On its own:").append('\n');
            for (Upgrade u : s.upgrades()) {
                md.append("   - [ ] **").append(PlanText.move(u)).append("**: ").append(PlanText.why(u)).append('\n');
                if (u.note() != null) {
                    md.append("     - planner: ").append(u.note()).append('\n');
                }
                for (Change c : u.changes()) {
                    md.append("     - ").append(PlanText.change(c)).append('\n');
                }
            }
        }
        md.append("\n### Verify\n\n");
        w.verification().forEach(v -> md.append("- [ ] ").append(v).append('\n'));
        md.append("\n### Roll back if\n\n");
        w.rollbackCriteria().forEach(v -> md.append("- ").append(v).append('\n'));
        md.append("\n### Roll back\n\n");
        for (int i = 0; i < w.rollbackSteps().size(); i++) {
            md.append(i + 1).append(". ").append(w.rollbackSteps().get(i)).append('\n');
        }
        md.append('\n');
    }

    private static void blocked(StringBuilder md, List<Blocked> blocked) {
        if (blocked.isEmpty()) {
            return;
        }
        md.append("## Blocked\n\nNo order can do these; each line says what stops it.\n\n| upgrade | blocked by |\n|---|---|\n");
        for (Blocked b : blocked) {
            md.append("| ").append(cell(PlanText.move(b.upgrade()))).append(" | ").append(cell(b.constraint())).append(" |\n");
        }
        md.append('\n');
    }

    private static void others(StringBuilder md, Plan plan) {
        List<Finding> hygiene = plan.findings().stream().filter(f -> !f.ruleId().startsWith("drift/")).toList();
        if (!hygiene.isEmpty()) {
            md.append("## Hygiene and other tasks\n\n");
            String cadence = null;
            for (Finding f : hygiene.stream().sorted(java.util.Comparator.comparing(Finding::findingClass)
                    .thenComparing(Finding::cadence).thenComparing(Finding::due)).toList()) {
                String head = f.findingClass().id() + ", " + f.cadence();
                if (!head.equals(cadence)) {
                    md.append(cadence == null ? "" : "\n").append("### ").append(head).append("\n\n");
                    cadence = head;
                }
                md.append("- [ ] `").append(f.ruleId()).append("` ").append(f.message())
                        .append(f.location() == null ? "" : " (" + f.location() + ")").append(". Fix: ").append(f.fix())
                        .append(" Due ").append(f.due()).append(".\n");
            }
            md.append('\n');
        }
        md.append("## All findings\n\n| class | due | cadence | rule | subject | where |\n|---|---|---|---|---|---|\n");
        for (Finding f : plan.findings()) {
            md.append("| ").append(f.findingClass().id()).append(" | ").append(f.due()).append(" | ").append(f.cadence()).append(" | `")
                    .append(f.ruleId()).append("` | ").append(cell(f.subject())).append(" | ")
                    .append(f.location() == null ? "" : cell(f.location().toString())).append(" |\n");
        }
        md.append('\n');
    }

    private static void unknowns(StringBuilder md, List<String> unknowns, List<Problem> problems) {
        if (unknowns.isEmpty() && problems.isEmpty()) {
            return;
        }
        md.append("## What upkeep did not know\n\n");
        unknowns.forEach(u -> md.append("- ").append(u).append('\n'));
        problems.forEach(p -> md.append("- could not read ").append(p.location()).append(": ").append(p.message()).append('\n'));
        md.append('\n');
    }

    private static void policy(StringBuilder md, Plan plan) {
        md.append("## Windows and freezes\n\n| window | kind | when |\n|---|---|---|\n");
        for (Window w : plan.schedule().windows()) {
            md.append("| ").append(w.name()).append(" | ").append(w.kind().id()).append(" | ").append(w.describe()).append(" |\n");
        }
        if (!plan.schedule().freezes().isEmpty()) {
            md.append("\n| freeze | days | allows |\n|---|---|---|\n");
            for (Freeze f : plan.schedule().freezes()) {
                md.append("| ").append(f.name()).append(" | ").append(f.span().text()).append(" | ")
                        .append(f.allow().isEmpty() ? "nothing" : String.join(", ", f.allow())).append(" |\n");
            }
        }
        md.append('\n');
    }

    private static void log(StringBuilder md) {
        md.append("## Maintenance log\n\nRecord every wave (runbook §8).\n\n")
                .append("| Date | Cadence | Operator | Activities | Issues Found | Notes |\n|---|---|---|---|---|---|\n")
                .append("|  |  |  |  |  |  |\n");
    }

    static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
