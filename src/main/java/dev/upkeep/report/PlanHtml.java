package dev.upkeep.report;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.FindingClass;
import dev.upkeep.plan.Blocked;
import dev.upkeep.plan.Change;
import dev.upkeep.plan.Plan;
import dev.upkeep.plan.Step;
import dev.upkeep.plan.Upgrade;
import dev.upkeep.plan.Wave;
import java.util.List;

/** {@code upkeep plan --format html}: the plan as one self-contained page (no scripts, no external files). */
public final class PlanHtml {
    private PlanHtml() {}

    public static String render(Plan plan, String toolVersion) {
        StringBuilder h = new StringBuilder();
        String title = "Maintenance plan: " + plan.stack() + ", " + plan.today();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(esc(title)).append("</title>\n")
                .append("<style>body{font-family:system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;line-height:1.45}")
                .append("table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;")
                .append("vertical-align:top}code{background:#f4f4f4;padding:0 .2rem}.urgent{color:#b00020}li.step{margin:.5rem 0}</style>\n")
                .append("</head>\n<body>\n<h1>").append(esc(title)).append("</h1>\n<p>Made by upkeep ").append(esc(toolVersion))
                .append(" for ").append(esc(PlanText.moment(plan.at()))).append(".</p>\n");
        h.append("<h2>Summary</h2>\n<table><tr><th>class</th><th>findings</th></tr>\n");
        plan.counts().forEach((c, n) -> h.append("<tr><td").append(c == FindingClass.URGENT ? " class=\"urgent\"" : "").append('>')
                .append(c.id()).append("</td><td>").append(n).append("</td></tr>\n"));
        h.append("</table>\n");
        List<Finding> urgent = plan.findings(FindingClass.URGENT);
        if (!urgent.isEmpty()) {
            h.append("<table><tr><th>due</th><th>finding</th><th>what</th></tr>\n");
            urgent.forEach(f -> h.append("<tr><td>").append(f.due()).append("</td><td><code>").append(esc(f.ruleId())).append("</code> ")
                    .append(esc(f.subject())).append("</td><td>").append(esc(f.message())).append("</td></tr>\n"));
            h.append("</table>\n");
        }
        h.append("<h2>Waves at a glance</h2>\n<table><tr><th>wave</th><th>when</th><th>upgrades</th><th>due</th></tr>\n");
        for (Wave w : plan.waves()) {
            h.append("<tr><td>").append(w.number()).append(". ").append(esc(w.title())).append("</td><td>")
                    .append(esc(PlanText.when(w, plan.at()))).append("</td><td>").append(w.upgrades().size()).append("</td><td>")
                    .append(w.due()).append("</td></tr>\n");
        }
        h.append("</table>\n");
        for (Wave w : plan.waves()) {
            h.append("<h2>Wave ").append(w.number()).append(": ").append(esc(w.title())).append("</h2>\n<p>")
                    .append(esc(PlanText.when(w, plan.at()))).append("</p>\n");
            list(h, "Notes", w.notes(), false);
            list(h, "Before you start", w.preconditions(), true);
            h.append("<h3>Steps</h3>\n<ol>\n");
            for (Step s : w.steps()) {
                h.append("<li class=\"step\">").append(s.upgrades().size() > 1 ? "Together, in one commit:" : "On its own:").append("<ul>\n");
                for (Upgrade u : s.upgrades()) {
                    h.append("<li><label><input type=\"checkbox\"> <strong>").append(esc(PlanText.move(u))).append("</strong>: ")
                            .append(esc(PlanText.why(u))).append("</label>");
                    if (u.note() != null || !u.changes().isEmpty()) {
                        h.append("<ul>");
                        if (u.note() != null) {
                            h.append("<li>planner: ").append(esc(u.note())).append("</li>");
                        }
                        for (Change c : u.changes()) {
                            h.append("<li>").append(esc(PlanText.change(c))).append("</li>");
                        }
                        h.append("</ul>");
                    }
                    h.append("</li>\n");
                }
                h.append("</ul></li>\n");
            }
            h.append("</ol>\n");
            list(h, "Verify", w.verification(), true);
            list(h, "Roll back if", w.rollbackCriteria(), false);
            list(h, "Roll back", w.rollbackSteps(), false);
        }
        if (!plan.blocked().isEmpty()) {
            h.append("<h2>Blocked</h2>\n<table><tr><th>upgrade</th><th>blocked by</th></tr>\n");
            for (Blocked b : plan.blocked()) {
                h.append("<tr><td>").append(esc(PlanText.move(b.upgrade()))).append("</td><td>").append(esc(b.constraint()))
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("<h2>All findings</h2>\n<table><tr><th>class</th><th>due</th><th>cadence</th><th>rule</th><th>message</th></tr>\n");
        for (Finding f : plan.findings()) {
            h.append("<tr><td>").append(f.findingClass().id()).append("</td><td>").append(f.due()).append("</td><td>").append(esc(f.cadence()))
                    .append("</td><td><code>").append(esc(f.ruleId())).append("</code></td><td>").append(esc(f.message()))
                    .append(f.location() == null ? "" : " (" + esc(f.location().toString()) + ")").append("</td></tr>\n");
        }
        h.append("</table>\n");
        list(h, "What upkeep did not know", plan.unknowns(), false);
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void list(StringBuilder h, String title, List<String> items, boolean boxes) {
        if (items.isEmpty()) {
            return;
        }
        h.append("<h3>").append(esc(title)).append("</h3>\n<ul>\n");
        for (String i : items) {
            h.append("<li>").append(boxes ? "<label><input type=\"checkbox\"> " + code(i) + "</label>" : code(i)).append("</li>\n");
        }
        h.append("</ul>\n");
    }

    /** Escapes, then shows `backticked` text as code. */
    private static String code(String s) {
        String e = esc(s);
        StringBuilder out = new StringBuilder();
        boolean open = false;
        for (char ch : e.toCharArray()) {
            if (ch == '`') {
                out.append(open ? "</code>" : "<code>");
                open = !open;
            } else {
                out.append(ch);
            }
        }
        if (open) {
            out.append("</code>");
        }
        return out.toString();
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
