package dev.upkeep.hygiene.migration.alembic;

import static java.util.Objects.requireNonNull;

/**
 * One token of Python source.
 *
 * @param type its kind
 * @param text a name, number or operator as written; a string's decoded value
 * @param line the 1-based line it starts on
 * @param formatted an f-string, whose value is not known before run time
 */
record PyToken(Type type, String text, int line, boolean formatted) {
    enum Type { NAME, STRING, NUMBER, OP }

    PyToken {
        requireNonNull(type, "type is null");
        requireNonNull(text, "text is null");
    }

    boolean isName(String name) {
        return type == Type.NAME && text.equals(name);
    }

    boolean isOp(String op) {
        return type == Type.OP && text.equals(op);
    }
}
