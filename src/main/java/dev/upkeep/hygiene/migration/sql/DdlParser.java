package dev.upkeep.hygiene.migration.sql;

import dev.upkeep.hygiene.migration.sql.Ddl.TransactionControl;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads one statement's tokens into a {@link Ddl}. Tolerant by design: a form it does not know, or
 * cannot follow, becomes {@link Ddl.Other} rather than an error, because a migration linter must
 * keep going where PostgreSQL's grammar is richer than the rules need.
 */
final class DdlParser {
    private DdlParser() {}

    static Ddl parse(List<Token> tokens) {
        Token first = tokens.get(0);
        if (first.type() == Token.Type.META) {
            return other(first.text());
        }
        TokenCursor c = new TokenCursor(tokens);
        Ddl ddl = null;
        if (first.type() == Token.Type.WORD) {
            c.next();
            ddl = switch (first.identifier()) {
                case "begin" -> new TransactionControl(TransactionControl.Kind.BEGIN, false);
                case "start" -> c.accept("transaction") ? new TransactionControl(TransactionControl.Kind.BEGIN, false) : null;
                case "commit", "end" -> endTransaction(c, TransactionControl.Kind.COMMIT);
                case "rollback", "abort" -> endTransaction(c, TransactionControl.Kind.ROLLBACK);
                case "set" -> set(c);
                case "reset" -> new Ddl.SetParameter(parameter(c), null, false);
                case "select" -> setConfig(c);
                case "create" -> create(c);
                case "alter" -> c.accept("table") ? AlterTableParser.parse(c) : null;
                case "drop" -> drop(c);
                case "reindex" -> reindex(c);
                case "vacuum" -> vacuum(c);
                case "cluster" -> cluster(c);
                case "truncate" -> locking(c, "TRUNCATE", "table");
                case "lock" -> locking(c, "LOCK TABLE", "table");
                case "refresh" -> refresh(c);
                default -> null;
            };
        }
        return ddl != null ? ddl : other(command(tokens));
    }

    private static Ddl endTransaction(TokenCursor c, TransactionControl.Kind kind) {
        if (c.peekIs("prepared") || c.peekIs("to")) {
            return null;
        }
        if (!c.accept("work")) {
            c.accept("transaction");
        }
        boolean chain = c.accept("and", "chain");
        return new TransactionControl(chain && kind == TransactionControl.Kind.COMMIT
                ? TransactionControl.Kind.COMMIT_AND_CHAIN : kind, false);
    }

    private static Ddl set(TokenCursor c) {
        boolean local = c.accept("local");
        c.accept("session");
        String name = parameter(c);
        if (!c.accept("to")) {
            c.acceptSymbol("=");
        }
        List<Token> value = c.rest();
        boolean reset = value.isEmpty() || (value.size() == 1 && value.get(0).is("default"));
        return new Ddl.SetParameter(name, reset ? null : value.get(0).text(), local);
    }

    private static String parameter(TokenCursor c) {
        Name name = c.name();
        return name == null ? "" : name.toString();
    }

    /** {@code SELECT [pg_catalog.]set_config('name', 'value', is_local)}. */
    private static Ddl setConfig(TokenCursor c) {
        Name function = c.name();
        if (function == null || !function.name().equals("set_config")) {
            return null;
        }
        List<List<Token>> args = TokenCursor.splitTopLevel(c.group());
        if (args.size() != 3 || args.get(0).size() != 1 || args.get(0).get(0).type() != Token.Type.STRING
                || args.get(1).size() != 1) {
            return null;
        }
        boolean local = args.get(2).size() == 1 && args.get(2).get(0).is("true");
        return new Ddl.SetParameter(args.get(0).get(0).text().toLowerCase(Locale.ROOT), args.get(1).get(0).text(), local);
    }

    private static Ddl create(TokenCursor c) {
        c.accept("or", "replace");
        boolean unique = c.accept("unique");
        if (c.accept("index")) {
            boolean concurrently = c.accept("concurrently");
            c.accept("if", "not", "exists");
            Name index = c.peekIs("on") ? null : c.name();
            if (!c.accept("on")) {
                return null;
            }
            boolean only = c.accept("only");
            Name table = c.name();
            return table == null ? null : new Ddl.CreateIndex(index, table, unique, concurrently, only);
        }
        if (unique) {
            return null;
        }
        c.accept("global");
        c.accept("local");
        boolean temporary = c.accept("temp") || c.accept("temporary");
        c.accept("unlogged");
        if (c.accept("table")) {
            c.accept("if", "not", "exists");
            Name table = c.name();
            return table == null ? null : new Ddl.CreateTable(table, temporary, tablesAfter(c.rest(), "references", "of"));
        }
        c.accept("constraint");
        if (c.accept("trigger")) {
            return locking(skipToOn(c), "CREATE TRIGGER", "only");
        }
        return null;
    }

    private static Ddl drop(TokenCursor c) {
        if (c.accept("table")) {
            c.accept("if", "exists");
            return new Ddl.DropTable(c.names());
        } else if (c.accept("index")) {
            boolean concurrently = c.accept("concurrently");
            c.accept("if", "exists");
            return new Ddl.DropIndex(c.names(), concurrently);
        } else if (c.accept("database")) {
            c.accept("if", "exists");
            Name database = c.name();
            return database == null ? null : new Ddl.DropDatabase(database);
        } else if (c.accept("trigger")) {
            return locking(skipToOn(c), "DROP TRIGGER", "only");
        }
        return null;
    }

    private static Ddl reindex(TokenCursor c) {
        boolean concurrently = false;
        for (List<Token> option : TokenCursor.splitTopLevel(c.group())) {
            if (!option.isEmpty() && option.get(0).is("concurrently")) {
                concurrently = option.size() == 1 || isTrue(option.get(1));
            }
        }
        Token target = c.next();
        if (target == null || target.type() != Token.Type.WORD) {
            return null;
        }
        concurrently |= c.accept("concurrently");
        return new Ddl.Reindex(target.text().toUpperCase(Locale.ROOT), c.name(), concurrently);
    }

    private static Ddl vacuum(TokenCursor c) {
        boolean full = false;
        if (c.peek(0) != null && c.peek(0).isSymbol("(")) {
            for (List<Token> option : TokenCursor.splitTopLevel(c.group())) {
                if (!option.isEmpty() && option.get(0).is("full")) {
                    full = option.size() == 1 || isTrue(option.get(1));
                }
            }
        } else {
            while (c.peekIs("full") || c.peekIs("freeze") || c.peekIs("verbose") || c.peekIs("analyze")
                    || c.peekIs("analyse")) {
                full |= c.next().is("full");
            }
        }
        return new Ddl.Vacuum(full, c.names());
    }

    private static Ddl cluster(TokenCursor c) {
        if (c.peek(0) != null && c.peek(0).isSymbol("(")) {
            c.group();
        }
        c.accept("verbose");
        Name first = c.name();
        if (c.accept("on")) {
            return new Ddl.Cluster(c.name());
        }
        return new Ddl.Cluster(first);
    }

    private static Ddl refresh(TokenCursor c) {
        if (!c.accept("materialized", "view") || c.accept("concurrently")) {
            return null;
        }
        Name view = c.name();
        return new Ddl.Other("REFRESH MATERIALIZED VIEW", view == null ? List.of() : List.of(view));
    }

    /** A statement that locks the tables named next, after an optional {@code keyword}. */
    private static Ddl locking(TokenCursor c, String command, String keyword) {
        c.accept(keyword);
        return new Ddl.Other(command, c.names());
    }

    private static TokenCursor skipToOn(TokenCursor c) {
        while (!c.atEnd() && !c.peekIs("on")) {
            c.next();
        }
        c.accept("on");
        return c;
    }

    /** Names that follow any of {@code keywords} in {@code tokens}. */
    private static List<Name> tablesAfter(List<Token> tokens, String... keywords) {
        List<Name> names = new ArrayList<>();
        for (int i = 0; i < tokens.size() - 1; i++) {
            for (String keyword : keywords) {
                if (tokens.get(i).is(keyword) && (!keyword.equals("of") || (i > 0 && tokens.get(i - 1).is("partition")))) {
                    Name name = new TokenCursor(tokens.subList(i + 1, tokens.size())).name();
                    if (name != null) {
                        names.add(name);
                    }
                }
            }
        }
        return names;
    }

    private static boolean isTrue(Token value) {
        return !(value.is("false") || value.is("off") || value.text().equals("0"));
    }

    private static Ddl other(String command) {
        return new Ddl.Other(command, List.of());
    }

    /** The leading keywords of a statement, upper-cased: {@code CREATE FUNCTION}, {@code INSERT}. */
    private static String command(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(2, tokens.size()) && tokens.get(i).type() == Token.Type.WORD; i++) {
            sb.append(i == 0 ? "" : " ").append(tokens.get(i).text().toUpperCase(Locale.ROOT));
        }
        return sb.isEmpty() ? tokens.get(0).text() : sb.toString();
    }
}
