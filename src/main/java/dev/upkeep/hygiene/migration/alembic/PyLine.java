package dev.upkeep.hygiene.migration.alembic;

import java.util.List;

/** One logical line of Python: its indentation (in characters), first line and tokens. */
record PyLine(int indent, int line, List<PyToken> tokens) {
    PyLine {
        tokens = List.copyOf(tokens);
    }

    boolean startsWith(String... names) {
        for (int i = 0; i < names.length; i++) {
            if (i >= tokens.size() || !tokens.get(i).isName(names[i])) {
                return false;
            }
        }
        return true;
    }
}
