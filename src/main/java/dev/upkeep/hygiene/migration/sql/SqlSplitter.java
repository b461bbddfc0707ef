package dev.upkeep.hygiene.migration.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a token stream into statements at top-level semicolons. Semicolons inside parentheses or
 * inside a {@code BEGIN ATOMIC ... END} function body (PostgreSQL 14+) do not end a statement;
 * those in strings and dollar-quoted bodies never reach here as symbols. A psql meta-command is a
 * statement of its own. Empty statements are dropped.
 */
final class SqlSplitter {
    private SqlSplitter() {}

    static List<List<Token>> split(List<Token> tokens) {
        List<List<Token>> statements = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int parens = 0;
        int atomic = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.type() == Token.Type.META) {
                flush(statements, current);
                statements.add(List.of(t));
                continue;
            }
            if (t.isSymbol(";") && parens == 0 && atomic == 0) {
                flush(statements, current);
                continue;
            }
            current.add(t);
            if (t.isSymbol("(") || t.isSymbol("[")) {
                parens++;
            } else if ((t.isSymbol(")") || t.isSymbol("]")) && parens > 0) {
                parens--;
            } else if (isRoutine(current)) {
                if (t.is("atomic") && i > 0 && tokens.get(i - 1).is("begin")) {
                    atomic++;
                } else if (t.is("case") && atomic > 0) {
                    atomic++;
                } else if (t.is("end") && atomic > 0) {
                    atomic--;
                }
            }
        }
        flush(statements, current);
        return statements;
    }

    /** Whether the statement so far is a CREATE [OR REPLACE] FUNCTION or PROCEDURE. */
    private static boolean isRoutine(List<Token> statement) {
        if (statement.isEmpty() || !statement.get(0).is("create")) {
            return false;
        }
        for (int i = 1; i < Math.min(statement.size(), 4); i++) {
            if (statement.get(i).is("function") || statement.get(i).is("procedure")) {
                return true;
            }
        }
        return false;
    }

    private static void flush(List<List<Token>> statements, List<Token> current) {
        if (!current.isEmpty()) {
            statements.add(List.copyOf(current));
            current.clear();
        }
    }
}
