package dev.upkeep.inventory.python.requirements;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a requirements file into logical lines the way pip does ({@code req_file.py}): a line ending
 * in a backslash continues on the next one unless it is a comment line; comments start at a
 * {@code #} at the start of a line or after whitespace; blank results are dropped. Each logical line
 * keeps the number of its first physical line.
 *
 * <p>It also reads pip-compile's {@code # via} annotations, inline or on the indented comment lines
 * after a requirement, and attaches them to that requirement.
 */
final class LogicalLines {
    /** One logical line: its first physical line, its text without comments, and its {@code via} entries. */
    record Line(int number, String text, List<String> via) {
        Line {
            via = List.copyOf(via);
        }
    }

    private static final Pattern COMMENT_LINE = Pattern.compile("^\\s*#");
    private static final Pattern VIA = Pattern.compile("^\\s*#\\s*via\\b:?\\s*(.*)$");
    private static final Pattern VIA_ITEM = Pattern.compile("^\\s*#\\s{2,}(\\S.*)$");
    private static final Pattern INLINE_VIA = Pattern.compile("#\\s*via\\s+(.+)$");

    private LogicalLines() {}

    static List<Line> of(String text) {
        String[] physical = text.split("\r\n|\r|\n", -1);
        List<Integer> numbers = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<List<String>> vias = new ArrayList<>();
        StringBuilder pending = null;
        int start = 0;
        boolean inVia = false;
        for (int i = 0; i < physical.length; i++) {
            String l = physical[i];
            boolean comment = COMMENT_LINE.matcher(l).lookingAt();
            if (pending == null && comment) {
                Matcher via = VIA.matcher(l);
                Matcher item = VIA_ITEM.matcher(l);
                if (via.matches() && !vias.isEmpty()) {
                    inVia = true;
                    addVia(vias.get(vias.size() - 1), via.group(1));
                } else if (inVia && item.matches()) {
                    vias.get(vias.size() - 1).add(item.group(1).strip());
                } else {
                    inVia = false;
                }
                continue;
            }
            if (!comment && l.endsWith("\\")) {
                if (pending == null) {
                    pending = new StringBuilder();
                    start = i + 1;
                }
                pending.append(l, 0, l.length() - trailingBackslashes(l));
                continue;
            }
            int number = i + 1;
            String full = l;
            if (pending != null) {
                full = pending.append(comment ? " " + l : l).toString();
                number = start;
                pending = null;
            }
            inVia = false;
            add(numbers, texts, vias, number, full);
        }
        if (pending != null) {
            add(numbers, texts, vias, start, pending.toString());
        }
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            out.add(new Line(numbers.get(i), texts.get(i), vias.get(i)));
        }
        return out;
    }

    private static void add(List<Integer> numbers, List<String> texts, List<List<String>> vias, int number, String full) {
        int hash = commentStart(full);
        String body = (hash < 0 ? full : full.substring(0, hash)).strip();
        if (body.isEmpty()) {
            return;
        }
        List<String> via = new ArrayList<>();
        if (hash >= 0) {
            Matcher inline = INLINE_VIA.matcher(full.substring(hash));
            if (inline.find()) {
                addVia(via, inline.group(1));
            }
        }
        numbers.add(number);
        texts.add(body);
        vias.add(via);
    }

    /**
     * Where pip's comment pattern {@code (^|\s+)#.*$} starts: the first {@code #} at the start of the
     * line or after whitespace (so {@code url#egg=x} is no comment). A loop, not the regex, so a long
     * run of spaces costs linear time.
     */
    private static int commentStart(String line) {
        for (int i = line.indexOf('#'); i >= 0; i = line.indexOf('#', i + 1)) {
            if (i == 0 || Character.isWhitespace(line.charAt(i - 1))) {
                return i;
            }
        }
        return -1;
    }

    private static void addVia(List<String> via, String entries) {
        for (String e : entries.split(",")) {
            if (!e.isBlank()) {
                via.add(e.strip());
            }
        }
    }

    private static int trailingBackslashes(String l) {
        int n = 0;
        while (n < l.length() && l.charAt(l.length() - 1 - n) == '\\') {
            n++;
        }
        return n;
    }
}
