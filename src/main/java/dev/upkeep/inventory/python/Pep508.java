package dev.upkeep.inventory.python;

import java.util.ArrayList;
import java.util.List;

/**
 * A hand-written parser for PEP 508 dependency specifiers ({@code name[extras] specifier ; marker}
 * or {@code name[extras] @ url ; marker}). No Java library reads them: the PyPA's grammar lives in
 * Python's {@code packaging}, and the JVM version-range libraries (Maven, semver) speak other
 * syntaxes. The grammar is small, and extraction needs each part exactly as written, so it is
 * written out here, following the PEP:
 *
 * <ul>
 *   <li>names and extras are letters and digits with {@code . _ -} inside;
 *   <li>a specifier is one or more {@code op version} clauses separated by commas, optionally in
 *       parentheses; ops are {@code === == != <= >= ~= < >}; versions are the PEP's version
 *       characters, plus pip's {@code ${NAME}} variables, which pip expands before parsing;
 *   <li>a URL runs to the next whitespace, so a marker after it needs a space before {@code ;};
 *   <li>a marker is checked for balanced quotes and parentheses, not evaluated.
 * </ul>
 */
final class Pep508 {
    private static final String[] OPERATORS = {"===", "==", "!=", "<=", ">=", "~=", "<", ">"};

    private final String s;
    private int pos;

    private Pep508(String s) {
        this.s = s;
    }

    static Requirement parse(String text) {
        return new Pep508(text).requirement();
    }

    private Requirement requirement() {
        ws();
        String name = identifier("a project name");
        ws();
        List<String> extras = List.of();
        if (peek('[')) {
            extras = extras();
            ws();
        }
        String specifier = "";
        String url = null;
        if (peek('@')) {
            pos++;
            ws();
            int start = pos;
            while (pos < s.length() && !Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
            url = s.substring(start, pos);
            if (url.isEmpty()) {
                throw error("a URL after '@'");
            }
            ws();
        } else if (peek('(')) {
            pos++;
            ws();
            specifier = specifier();
            ws();
            expect(')');
            ws();
        } else if (atOperator()) {
            specifier = specifier();
            ws();
        }
        String marker = null;
        if (peek(';')) {
            pos++;
            marker = s.substring(pos).strip();
            checkMarker(marker);
            pos = s.length();
        }
        if (pos < s.length()) {
            throw error(url != null ? "';' after the URL" : specifier.isEmpty() ? "a version specifier, '[', '@' or ';'" : "',' or ';'");
        }
        return new Requirement(name, extras, specifier, url, marker);
    }

    private List<String> extras() {
        pos++;
        List<String> out = new ArrayList<>();
        ws();
        if (peek(']')) {
            pos++;
            return out;
        }
        while (true) {
            out.add(identifier("an extra name"));
            ws();
            if (peek(',')) {
                pos++;
                ws();
                continue;
            }
            expect(']');
            return out;
        }
    }

    /** One or more clauses; returns the text as written, trimmed. */
    private String specifier() {
        int start = pos;
        while (true) {
            String op = operator();
            if (op == null) {
                throw error("a comparison operator");
            }
            ws();
            int vStart = pos;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (Character.isLetterOrDigit(c) || "-_.*+!".indexOf(c) >= 0) {
                    pos++;
                } else if (c == '$' && s.startsWith("${", pos) && s.indexOf('}', pos) > pos + 2) {
                    pos = s.indexOf('}', pos) + 1;
                } else {
                    break;
                }
            }
            if (pos == vStart) {
                throw error("a version after '" + op + "'");
            }
            int end = pos;
            ws();
            if (peek(',')) {
                pos++;
                ws();
                continue;
            }
            pos = end;
            return s.substring(start, end).strip();
        }
    }

    private boolean atOperator() {
        int save = pos;
        boolean found = operator() != null;
        pos = save;
        return found;
    }

    private String operator() {
        for (String op : OPERATORS) {
            if (s.startsWith(op, pos)) {
                pos += op.length();
                return op;
            }
        }
        return null;
    }

    private String identifier(String what) {
        int start = pos;
        while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) && s.charAt(pos) < 128 || "._-".indexOf(s.charAt(pos)) >= 0)) {
            pos++;
        }
        String id = s.substring(start, pos);
        if (!PypiNames.isValid(id)) {
            pos = start;
            throw error(what);
        }
        return id;
    }

    private void checkMarker(String marker) {
        if (marker.isEmpty()) {
            throw error("a marker after ';'");
        }
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < marker.length(); i++) {
            char c = marker.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                throw new InvalidRequirementException("unbalanced ')' in marker '" + marker + "'");
            }
        }
        if (quote != 0 || depth != 0) {
            throw new InvalidRequirementException("unclosed " + (quote != 0 ? "quote" : "'('") + " in marker '" + marker + "'");
        }
    }

    private void ws() {
        while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t')) {
            pos++;
        }
    }

    private boolean peek(char c) {
        return pos < s.length() && s.charAt(pos) == c;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw error("'" + c + "'");
        }
        pos++;
    }

    private InvalidRequirementException error(String expected) {
        String found = pos < s.length() ? "'" + s.charAt(pos) + "'" : "the end";
        return new InvalidRequirementException("expected " + expected + " at column " + (pos + 1) + ", found " + found);
    }
}
