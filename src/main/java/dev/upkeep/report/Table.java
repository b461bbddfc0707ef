package dev.upkeep.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * An aligned text table. Widths are measured on the plain text, so styled cells (ANSI colours)
 * still line up; a column can be capped, and longer cells are cut with an ellipsis.
 */
public final class Table {
    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<List<UnaryOperator<String>>> styles = new ArrayList<>();
    private final int[] maxWidth;

    public Table(String... headers) {
        this.headers = List.of(headers);
        this.maxWidth = new int[headers.length];
        java.util.Arrays.fill(maxWidth, Integer.MAX_VALUE);
    }

    /** Caps a column's width; longer cells end in an ellipsis. */
    public Table cap(int column, int width) {
        maxWidth[column] = width;
        return this;
    }

    public Table row(String... cells) {
        return styledRow(List.of(cells), null);
    }

    /** A row whose cells are styled after alignment; {@code style} may be null or hold nulls. */
    public Table styledRow(List<String> cells, List<UnaryOperator<String>> style) {
        if (cells.size() != headers.size()) {
            throw new IllegalArgumentException("row has " + cells.size() + " cells, table has " + headers.size() + " columns");
        }
        List<String> safe = new ArrayList<>();
        for (String c : cells) {
            safe.add(c == null ? "" : c);
        }
        rows.add(safe);
        styles.add(style);
        return this;
    }

    public int size() {
        return rows.size();
    }

    public String render(Style style) {
        int n = headers.size();
        int[] w = new int[n];
        for (int i = 0; i < n; i++) {
            w[i] = Math.min(maxWidth[i], headers.get(i).length());
        }
        for (List<String> r : rows) {
            for (int i = 0; i < n; i++) {
                w[i] = Math.min(maxWidth[i], Math.max(w[i], r.get(i).length()));
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, headers, null, w, s -> style.bold(s));
        for (int k = 0; k < rows.size(); k++) {
            line(sb, rows.get(k), styles.get(k), w, null);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, List<UnaryOperator<String>> st, int[] w,
            UnaryOperator<String> all) {
        StringBuilder ln = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cut(cells.get(i), w[i]);
            String padded = i == cells.size() - 1 ? c : c + " ".repeat(w[i] - c.length());
            UnaryOperator<String> f = st == null ? all : st.get(i);
            if (f != null) {
                padded = f.apply(c) + (i == cells.size() - 1 ? "" : " ".repeat(w[i] - c.length()));
            }
            ln.append(padded);
            if (i < cells.size() - 1) {
                ln.append("  ");
            }
        }
        sb.append(ln.toString().stripTrailing()).append('\n');
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, Math.max(0, width - 1)) + "…";
    }
}
