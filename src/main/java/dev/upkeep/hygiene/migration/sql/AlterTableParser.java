package dev.upkeep.hygiene.migration.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads {@code ALTER TABLE} into its actions. */
final class AlterTableParser {
    private AlterTableParser() {}

    /** After {@code ALTER TABLE}: the table and its actions, or {@code null} for forms not read. */
    static Ddl.AlterTable parse(TokenCursor c) {
        c.accept("if", "exists");
        c.accept("only");
        Name table = c.name();
        if (table == null) {
            return null;
        }
        c.acceptSymbol("*");
        List<AlterAction> actions = new ArrayList<>();
        for (List<Token> part : TokenCursor.splitTopLevel(c.rest())) {
            if (!part.isEmpty()) {
                actions.add(action(new TokenCursor(part)));
            }
        }
        return new Ddl.AlterTable(table, actions);
    }

    private static AlterAction action(TokenCursor c) {
        String words = leadingWords(c);
        if (c.accept("add")) {
            return add(c, words);
        } else if (c.accept("drop")) {
            return drop(c, words);
        } else if (c.accept("alter")) {
            return alterColumn(c, words);
        } else if (c.accept("validate", "constraint")) {
            return new AlterAction.ValidateConstraint(c.identifier());
        } else if (c.accept("rename")) {
            return rename(c, words);
        } else if (c.accept("detach", "partition")) {
            Name partition = c.name();
            boolean concurrently = c.accept("concurrently");
            return new AlterAction.DetachPartition(partition, concurrently, c.accept("finalize"));
        }
        return new AlterAction.Other(words);
    }

    private static AlterAction add(TokenCursor c, String words) {
        if (ColumnParser.startsConstraint(c.peek(0))) {
            Constraint constraint = ColumnParser.constraint(c);
            return constraint == null ? new AlterAction.Other(words) : new AlterAction.AddConstraint(constraint);
        }
        c.accept("column");
        c.accept("if", "not", "exists");
        ColumnDef column = ColumnParser.column(c);
        return column == null ? new AlterAction.Other(words) : new AlterAction.AddColumn(column);
    }

    private static AlterAction drop(TokenCursor c, String words) {
        if (c.accept("constraint")) {
            c.accept("if", "exists");
            return new AlterAction.DropConstraint(c.identifier());
        }
        c.accept("column");
        c.accept("if", "exists");
        String column = c.identifier();
        return column == null ? new AlterAction.Other(words) : new AlterAction.DropColumn(column);
    }

    private static AlterAction alterColumn(TokenCursor c, String words) {
        if (c.peekIs("constraint")) {
            return new AlterAction.Other(words);
        }
        c.accept("column");
        String column = c.identifier();
        if (column == null) {
            return new AlterAction.Other(words);
        }
        if (c.accept("set", "data", "type") || c.accept("type")) {
            List<Token> type = new ArrayList<>();
            while (!c.atEnd() && !c.peekIs("using") && !c.peekIs("collate")) {
                type.add(c.next());
            }
            return new AlterAction.AlterColumnType(column, TokenCursor.render(type));
        } else if (c.accept("set", "not", "null")) {
            return new AlterAction.SetNotNull(column);
        } else if (c.accept("drop", "not", "null")) {
            return new AlterAction.DropNotNull(column);
        } else if (c.accept("set", "default")) {
            return new AlterAction.SetDefault(column, c.rest());
        } else if (c.accept("drop", "default")) {
            return new AlterAction.DropDefault(column);
        }
        return new AlterAction.Other(words);
    }

    private static AlterAction rename(TokenCursor c, String words) {
        if (c.accept("constraint")) {
            String from = c.identifier();
            c.accept("to");
            return new AlterAction.RenameConstraint(from, c.identifier());
        } else if (c.accept("to")) {
            Name to = c.name();
            return to == null ? new AlterAction.Other(words) : new AlterAction.RenameTable(to);
        }
        c.accept("column");
        String from = c.identifier();
        if (from == null || !c.accept("to")) {
            return new AlterAction.Other(words);
        }
        return new AlterAction.RenameColumn(from, c.identifier());
    }

    private static String leadingWords(TokenCursor c) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2 && c.peek(i) != null && c.peek(i).type() == Token.Type.WORD; i++) {
            sb.append(i == 0 ? "" : " ").append(c.peek(i).text().toUpperCase(Locale.ROOT));
        }
        return sb.toString();
    }
}
