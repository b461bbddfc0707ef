package dev.upkeep.hygiene.migration.alembic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders an Alembic operation as the PostgreSQL DDL it emits (what {@code alembic upgrade --sql}
 * prints), so Alembic migrations go through exactly the same statement rules as SQL ones. Only
 * what the rules look at is rendered faithfully: names, NOT NULL, server defaults, generated and
 * identity columns, constraints and their NOT VALID, CONCURRENTLY. Types keep their SQLAlchemy
 * name ({@code String}, {@code Integer}); values not known before run time become constants.
 */
final class AlembicSql {
    /** Calls that wrap literal SQL text or a name: {@code sa.text("...")}, {@code op.f("...")}. */
    private static final Set<String> TEXT_WRAPPERS = Set.of("text", "f", "quoted_name", "literal_column");

    private AlembicSql() {}

    /**
     * The statements for {@code op.<method>(...)}, or none for operations no rule looks at.
     * {@code batchTable} is the table of an enclosing {@code batch_alter_table} block, whose
     * operations omit the table argument; {@code null} otherwise.
     */
    static List<String> render(String method, PyExpr.Call call, String batchTable) {
        boolean batch = batchTable != null;
        int shift = batch ? -1 : 0;
        String schema = name(call.kwargs().get("schema"));
        String table = batchTable;
        return switch (method) {
            case "create_index" -> createIndex(call, batch ? table : name(call.arg(1, "table_name")), schema, shift);
            case "drop_index" -> List.of("DROP INDEX " + (flag(call, "postgresql_concurrently") ? "CONCURRENTLY " : "")
                    + qualified(schema, name(call.arg(0, "index_name"))));
            case "add_column" -> alter(schema, batch ? table : name(call.arg(0, "table_name")),
                    "ADD COLUMN " + column(call.arg(1 + shift, "column")));
            case "alter_column" -> alterColumn(call, schema, batch ? table : name(call.arg(0, "table_name")),
                    name(call.arg(1 + shift, "column_name")));
            case "drop_column" -> alter(schema, batch ? table : name(call.arg(0, "table_name")),
                    "DROP COLUMN " + ident(name(call.arg(1 + shift, "column_name"))));
            case "create_table" -> createTable(call, schema);
            case "drop_table" -> List.of("DROP TABLE " + qualified(schema, name(call.arg(0, "table_name"))));
            case "rename_table" -> alter(schema, name(call.arg(0, "old_table_name")),
                    "RENAME TO " + ident(name(call.arg(1, "new_table_name"))));
            case "create_foreign_key" -> foreignKey(call, batch ? table : name(call.arg(1, "source_table")), shift);
            case "create_check_constraint" -> alter(schema, batch ? table : name(call.arg(1, "table_name")),
                    "ADD CONSTRAINT " + ident(name(call.arg(0, "constraint_name"))) + " CHECK ("
                            + sql(call.arg(2 + shift, "condition")) + ")" + notValid(call));
            case "create_unique_constraint" -> alter(schema, batch ? table : name(call.arg(1, "table_name")),
                    "ADD CONSTRAINT " + ident(name(call.arg(0, "constraint_name"))) + " UNIQUE ("
                            + columns(call.arg(2 + shift, "columns")) + ")");
            case "create_primary_key" -> alter(schema, batch ? table : name(call.arg(1, "table_name")),
                    "ADD CONSTRAINT " + ident(name(call.arg(0, "constraint_name"))) + " PRIMARY KEY ("
                            + columns(call.arg(2 + shift, "columns")) + ")");
            case "drop_constraint" -> alter(schema, batch ? table : name(call.arg(1, "table_name")),
                    "DROP CONSTRAINT " + ident(name(call.arg(0, "constraint_name"))));
            default -> List.of();
        };
    }

    /** A string argument's value: a literal, {@code op.f("x")}, {@code sa.text("x")}; else {@code null}. */
    static String text(PyExpr expr) {
        if (expr instanceof PyExpr.Str s) {
            return s.value();
        } else if (expr instanceof PyExpr.Call c && c.args().size() == 1
                && TEXT_WRAPPERS.contains(c.simpleName()) && c.args().get(0) instanceof PyExpr.Str s) {
            return s.value();
        }
        return null;
    }

    /** A name argument: its string value, else the Python it is written as (a variable's name). */
    private static String name(PyExpr expr) {
        String text = text(expr);
        return text != null || expr == null ? text : describe(expr);
    }

    private static List<String> createIndex(PyExpr.Call call, String table, String schema, int shift) {
        String name = name(call.arg(0, "index_name"));
        return List.of("CREATE " + (flag(call, "unique") ? "UNIQUE " : "") + "INDEX "
                + (flag(call, "postgresql_concurrently") ? "CONCURRENTLY " : "") + (name == null ? "" : ident(name) + " ")
                + "ON " + qualified(schema, table) + " (" + columns(call.arg(2 + shift, "columns")) + ")");
    }

    private static List<String> alterColumn(PyExpr.Call call, String schema, String table, String column) {
        List<String> out = new ArrayList<>();
        String col = "ALTER COLUMN " + ident(column) + " ";
        PyExpr nullable = call.kwargs().get("nullable");
        if (nullable != null && (nullable.isFalse() || nullable.isTrue())) {
            out.addAll(alter(schema, table, col + (nullable.isFalse() ? "SET NOT NULL" : "DROP NOT NULL")));
        }
        PyExpr serverDefault = call.kwargs().get("server_default");
        if (serverDefault != null && !serverDefault.isFalse()) {
            out.addAll(alter(schema, table, col + (isNone(serverDefault) ? "DROP DEFAULT"
                    : "SET DEFAULT " + defaultValue(serverDefault))));
        }
        PyExpr type = call.kwargs().get("type_");
        if (type != null) {
            out.addAll(alter(schema, table, col + "TYPE " + type(type)));
        }
        String newName = name(call.kwargs().get("new_column_name"));
        if (newName != null) {
            out.addAll(alter(schema, table, "RENAME COLUMN " + ident(column) + " TO " + ident(newName)));
        }
        return out;
    }

    private static List<String> createTable(PyExpr.Call call, String schema) {
        List<String> parts = new ArrayList<>();
        for (PyExpr arg : call.args().subList(Math.min(1, call.args().size()), call.args().size())) {
            if (arg instanceof PyExpr.Call c && c.simpleName().equals("Column")) {
                parts.add(column(c));
            } else if (arg instanceof PyExpr.Call c && c.simpleName().equals("ForeignKeyConstraint")) {
                parts.add("FOREIGN KEY (" + columns(c.arg(0, "columns")) + ") REFERENCES "
                        + referencedTable(c.arg(1, "refcolumns")));
            }
        }
        return List.of("CREATE TABLE " + qualified(schema, name(call.arg(0, "table_name"))) + " ("
                + String.join(", ", parts) + ")");
    }

    private static List<String> foreignKey(PyExpr.Call call, String source, int shift) {
        String referent = name(call.arg(2 + shift, "referent_table"));
        return alter(name(call.kwargs().get("source_schema")), source,
                "ADD CONSTRAINT " + ident(name(call.arg(0, "constraint_name"))) + " FOREIGN KEY ("
                        + columns(call.arg(3 + shift, "local_cols")) + ") REFERENCES "
                        + qualified(name(call.kwargs().get("referent_schema")), referent) + " ("
                        + columns(call.arg(4 + shift, "remote_cols")) + ")" + notValid(call));
    }

    /** An {@code sa.Column(...)} as a column definition. */
    private static String column(PyExpr expr) {
        if (!(expr instanceof PyExpr.Call c) || !c.simpleName().equals("Column")) {
            return "\"?\" unknown";
        }
        List<PyExpr> args = new ArrayList<>(c.args());
        String name = args.isEmpty() ? name(c.kwargs().get("name")) : name(args.remove(0));
        StringBuilder sb = new StringBuilder(ident(name)).append(' ');
        String type = "unknown";
        StringBuilder constraints = new StringBuilder();
        for (PyExpr arg : args) {
            String kind = arg instanceof PyExpr.Call a ? a.simpleName() : "";
            switch (kind) {
                case "ForeignKey" -> constraints.append(" REFERENCES ").append(referencedTable(arg));
                case "Computed" -> constraints.append(" GENERATED ALWAYS AS (").append(sql(((PyExpr.Call) arg).arg(0, "sqltext")))
                        .append(")").append(((PyExpr.Call) arg).kwargs().getOrDefault("persisted", new PyExpr.Const("True"))
                                .isFalse() ? " VIRTUAL" : " STORED");
                case "Identity" -> constraints.append(" GENERATED BY DEFAULT AS IDENTITY");
                case "CheckConstraint" -> constraints.append(" CHECK (").append(sql(((PyExpr.Call) arg).arg(0, "sqltext")))
                        .append(")");
                case "Sequence" -> constraints.append(" DEFAULT nextval('seq')");
                default -> type = type(arg);
            }
        }
        sb.append(type);
        PyExpr nullable = c.kwargs().get("nullable");
        boolean primaryKey = flag(c, "primary_key");
        if ((nullable != null && nullable.isFalse()) || (nullable == null && primaryKey)) {
            sb.append(" NOT NULL");
        }
        PyExpr serverDefault = c.kwargs().get("server_default");
        if (serverDefault != null && !isNone(serverDefault)) {
            sb.append(" DEFAULT ").append(defaultValue(serverDefault));
        }
        if (primaryKey) {
            sb.append(" PRIMARY KEY");
        }
        if (flag(c, "unique")) {
            sb.append(" UNIQUE");
        }
        return sb.append(constraints).toString();
    }

    /** A server default as SQL: a literal, {@code sa.text(...)}, {@code sa.func.f(...)}, {@code sa.true()}. */
    private static String defaultValue(PyExpr expr) {
        if (expr instanceof PyExpr.Str s) {
            return literal(s.value());
        } else if (expr instanceof PyExpr.Const c) {
            return c.text().equals("True") || c.text().equals("False") ? c.text().toLowerCase(Locale.ROOT) : c.text();
        } else if (expr instanceof PyExpr.Call c) {
            if (TEXT_WRAPPERS.contains(c.simpleName()) && text(c) != null) {
                return text(c);
            } else if (c.function().contains("func.")) {
                return c.simpleName() + "(" + c.args().stream().map(AlembicSql::defaultValue)
                        .collect(Collectors.joining(", ")) + ")";
            } else if (c.function().endsWith("true") || c.function().endsWith("false") || c.function().endsWith("null")) {
                return c.simpleName();
            } else if (c.simpleName().equals("literal") && !c.args().isEmpty()) {
                return defaultValue(c.args().get(0));
            }
        }
        // Not known before run time (a variable, an expression): a constant as far as the rules go.
        return literal(describe(expr));
    }

    /** A SQL fragment given as a string or {@code sa.text(...)}; anything else stands as a constant. */
    private static String sql(PyExpr expr) {
        String text = text(expr);
        return text != null ? text : literal(describe(expr));
    }

    private static String type(PyExpr expr) {
        if (expr instanceof PyExpr.Call c) {
            return c.simpleName();
        } else if (expr instanceof PyExpr.Ref r) {
            return r.dotted().substring(r.dotted().lastIndexOf('.') + 1);
        }
        return "unknown";
    }

    /** The table of a {@code ForeignKey("table.column")} or of the first {@code refcolumns} entry. */
    private static String referencedTable(PyExpr expr) {
        String target = expr instanceof PyExpr.Call c ? text(c.arg(0, "column"))
                : expr instanceof PyExpr.Seq s && !s.items().isEmpty() ? text(s.items().get(0)) : null;
        if (target == null || !target.contains(".")) {
            return ident(target);
        }
        String table = target.substring(0, target.lastIndexOf('.'));
        int dot = table.lastIndexOf('.');
        return dot < 0 ? ident(table) : qualified(table.substring(0, dot), table.substring(dot + 1));
    }

    private static String columns(PyExpr expr) {
        if (expr instanceof PyExpr.Seq s) {
            return s.items().stream().map(i -> text(i) == null ? "(expression)" : ident(text(i)))
                    .collect(Collectors.joining(", "));
        }
        String single = text(expr);
        return single == null ? "(expression)" : ident(single);
    }

    private static List<String> alter(String schema, String table, String action) {
        return List.of("ALTER TABLE " + qualified(schema, table) + " " + action);
    }

    private static String notValid(PyExpr.Call call) {
        return flag(call, "postgresql_not_valid") ? " NOT VALID" : "";
    }

    private static boolean flag(PyExpr.Call call, String keyword) {
        PyExpr value = call.kwargs().get(keyword);
        return value != null && value.isTrue();
    }

    private static boolean isNone(PyExpr expr) {
        return expr instanceof PyExpr.Const c && c.text().equals("None");
    }

    private static String qualified(String schema, String name) {
        return schema == null ? ident(name) : ident(schema) + "." + ident(name);
    }

    /** A quoted identifier: SQLAlchemy keeps the case of the names it is given. */
    private static String ident(String name) {
        return '"' + (name == null ? "?" : name).replace("\"", "\"\"") + '"';
    }

    private static String literal(String value) {
        return '\'' + value.replace("'", "''") + '\'';
    }

    /** What a value not known before run time looks like in the source. */
    private static String describe(PyExpr expr) {
        if (expr instanceof PyExpr.Other o) {
            return o.source();
        } else if (expr instanceof PyExpr.Ref r) {
            return r.dotted();
        } else if (expr instanceof PyExpr.Const c) {
            return c.text();
        } else if (expr instanceof PyExpr.Call c) {
            return c.function() + "(...)";
        } else if (expr instanceof PyExpr.Str s) {
            return s.value();
        }
        return "[...]";
    }
}
