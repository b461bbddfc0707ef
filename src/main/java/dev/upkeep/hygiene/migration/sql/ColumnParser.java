package dev.upkeep.hygiene.migration.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads a column definition and a table constraint, the two things {@code ADD} can add. */
final class ColumnParser {
    /** Words that end a column's type or a DEFAULT expression and start a column constraint. */
    private static final Set<String> CONSTRAINT_WORDS = Set.of("constraint", "not", "null", "default", "primary",
            "unique", "check", "references", "generated", "collate", "deferrable", "initially", "compression",
            "storage");

    private ColumnParser() {}

    static boolean startsConstraint(Token t) {
        return t != null && (t.is("constraint") || t.is("check") || t.is("unique") || t.is("primary")
                || t.is("foreign") || t.is("exclude"));
    }

    /** A column definition, or {@code null} when there is no column name. */
    static ColumnDef column(TokenCursor c) {
        String name = c.identifier();
        if (name == null) {
            return null;
        }
        List<Token> type = upToConstraint(c, false);
        boolean notNull = false;
        List<Token> defaultValue = null;
        boolean stored = false;
        boolean identity = false;
        boolean primaryKey = false;
        boolean unique = false;
        Name references = null;
        while (!c.atEnd()) {
            if (c.accept("not", "null")) {
                notNull = true;
            } else if (c.accept("default")) {
                defaultValue = upToConstraint(c, true);
            } else if (c.accept("generated")) {
                c.accept("always");
                c.accept("by", "default");
                c.accept("as");
                if (c.accept("identity")) {
                    identity = true;
                    c.group();
                } else {
                    c.group();
                    stored = c.accept("stored");
                }
            } else if (c.accept("primary", "key")) {
                primaryKey = true;
            } else if (c.accept("unique")) {
                unique = true;
            } else if (c.accept("check")) {
                c.group();
            } else if (c.accept("references")) {
                references = c.name();
            } else if (c.peek(0).isSymbol("(")) {
                c.group();
            } else {
                c.next();
            }
        }
        return new ColumnDef(name, TokenCursor.render(type), notNull || primaryKey, defaultValue, stored, identity,
                primaryKey, unique, references);
    }

    /** A table constraint ({@code [CONSTRAINT name] CHECK|UNIQUE|PRIMARY KEY|FOREIGN KEY|EXCLUDE ...}). */
    static Constraint constraint(TokenCursor c) {
        String name = c.accept("constraint") ? c.identifier() : null;
        Constraint.Kind kind;
        if (c.accept("check")) {
            kind = Constraint.Kind.CHECK;
        } else if (c.accept("unique")) {
            kind = Constraint.Kind.UNIQUE;
        } else if (c.accept("primary", "key")) {
            kind = Constraint.Kind.PRIMARY_KEY;
        } else if (c.accept("foreign", "key")) {
            kind = Constraint.Kind.FOREIGN_KEY;
        } else if (c.accept("exclude")) {
            kind = Constraint.Kind.EXCLUDE;
        } else {
            return null;
        }
        boolean notValid = c.containsAhead("not", "valid");
        String notNullColumn = null;
        if (kind == Constraint.Kind.CHECK) {
            notNullColumn = notNullColumn(c.group());
        }
        String usingIndex = null;
        Name references = null;
        while (!c.atEnd()) {
            if (c.accept("using", "index") && !c.peekIs("tablespace")) {
                usingIndex = c.identifier();
            } else if (c.accept("references")) {
                references = c.name();
            } else if (c.peek(0).isSymbol("(")) {
                c.group();
            } else {
                c.next();
            }
        }
        return new Constraint(name, kind, notValid, usingIndex, notNullColumn, references);
    }

    /** The column of a {@code col IS NOT NULL} check (extra parentheses allowed), else {@code null}. */
    private static String notNullColumn(List<Token> check) {
        List<Token> t = check;
        while (t.size() > 2 && t.get(0).isSymbol("(") && t.get(t.size() - 1).isSymbol(")")) {
            t = t.subList(1, t.size() - 1);
        }
        if (t.size() == 4 && t.get(0).isIdentifier() && t.get(1).is("is") && t.get(2).is("not")
                && t.get(3).is("null")) {
            return t.get(0).identifier();
        }
        return null;
    }

    /**
     * Tokens up to the next column constraint outside parentheses: a type, or (taking at least one
     * token, as in {@code DEFAULT NULL}) an expression.
     */
    private static List<Token> upToConstraint(TokenCursor c, boolean atLeastOne) {
        List<Token> expr = new ArrayList<>();
        while (!c.atEnd() && ((atLeastOne && expr.isEmpty()) || !endsType(c))) {
            Token t = c.next();
            expr.add(t);
            if (t.isSymbol("(")) {
                expr.addAll(untilClose(c));
            }
        }
        return expr;
    }

    private static boolean endsType(TokenCursor c) {
        Token t = c.peek(0);
        if (t == null || t.type() != Token.Type.WORD || !CONSTRAINT_WORDS.contains(t.identifier())) {
            return false;
        }
        // "NOT" ends only as NOT NULL / NOT DEFERRABLE; "character varying" etc. never hit this list.
        return !t.is("not") || (c.peek(1) != null && (c.peek(1).is("null") || c.peek(1).is("deferrable")));
    }

    /** After an opening parenthesis: the tokens up to and including its closing one. */
    private static List<Token> untilClose(TokenCursor c) {
        List<Token> out = new ArrayList<>();
        int depth = 1;
        while (!c.atEnd() && depth > 0) {
            Token t = c.next();
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            }
            out.add(t);
        }
        return out;
    }
}
