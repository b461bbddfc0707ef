package dev.upkeep.report;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Inventory;
import dev.upkeep.domain.Problem;
import dev.upkeep.domain.Relation;
import dev.upkeep.domain.Scope;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The terminal view of an inventory: counts per ecosystem and scope, then the components (direct
 * ones by default, every one with {@code all}), then the problems.
 */
public final class InventoryTable {
    private InventoryTable() {}

    public static String render(Inventory inv, boolean all, Style style) {
        StringBuilder sb = new StringBuilder();
        sb.append(style.bold("Inventory of " + inv.root())).append(": ")
                .append(inv.components().size()).append(" components from ")
                .append(inv.filesScanned()).append(inv.filesScanned() == 1 ? " file" : " files").append("\n\n");
        sb.append(counts(inv, style)).append('\n');
        List<Component> shown = inv.components().stream()
                .filter(c -> all || c.relation() != Relation.TRANSITIVE)
                .toList();
        if (!shown.isEmpty()) {
            Table t = new Table("ECOSYSTEM", "NAME", "VERSION", "DECLARED", "SCOPE", "RELATION", "WHERE").cap(1, 48).cap(3, 24);
            for (Component c : shown) {
                String version = c.version() != null ? c.version() : "(" + (c.skipReason() == null ? "unresolved" : c.skipReason().id()) + ")";
                String where = c.locations().isEmpty() ? "" : c.locations().get(0)
                        + (c.locations().size() > 1 ? " +" + (c.locations().size() - 1) : "");
                t.styledRow(List.of(c.ecosystem().id(), c.name(), version, nz(c.constraint()), c.scope().id(),
                        c.relation().id(), where),
                        java.util.Arrays.asList(null, null, c.version() == null ? style::yellow : null, style::dim, null, null, style::dim));
            }
            sb.append(t.render(style));
        }
        long hidden = inv.components().size() - shown.size();
        if (hidden > 0) {
            sb.append(style.dim("… and " + hidden + " transitive components (--all lists them)")).append('\n');
        }
        if (!inv.problems().isEmpty()) {
            sb.append('\n').append(style.yellow(style.bold(inv.problems().size() + " input(s) could not be read; the inventory is partial:"))).append('\n');
            for (Problem p : inv.problems()) {
                sb.append("  ").append(p.location()).append(": ").append(p.message()).append(style.dim(" [" + p.source() + "]")).append('\n');
            }
        }
        return sb.toString();
    }

    private static String counts(Inventory inv, Style style) {
        Map<String, Map<Scope, Integer>> m = new TreeMap<>();
        for (Component c : inv.components()) {
            m.computeIfAbsent(c.ecosystem().id(), k -> new EnumMap<>(Scope.class)).merge(c.scope(), 1, Integer::sum);
        }
        Table t = new Table("ECOSYSTEM", "TOTAL", "PROD", "DEV", "OPTIONAL", "PEER", "UNRESOLVED");
        for (var e : m.entrySet()) {
            Map<Scope, Integer> s = e.getValue();
            long unresolved = inv.components().stream().filter(c -> c.ecosystem().id().equals(e.getKey()) && !c.resolved()).count();
            int total = s.values().stream().mapToInt(Integer::intValue).sum();
            t.row(e.getKey(), String.valueOf(total), n(s, Scope.PROD), n(s, Scope.DEV), n(s, Scope.OPTIONAL), n(s, Scope.PEER),
                    String.valueOf(unresolved));
        }
        return t.render(style);
    }

    private static String n(Map<Scope, Integer> s, Scope k) {
        return String.valueOf(s.getOrDefault(k, 0));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
