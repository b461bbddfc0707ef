package dev.upkeep.hygiene.migration.alembic;

import dev.upkeep.hygiene.migration.sql.Ddl;
import dev.upkeep.hygiene.migration.sql.SqlParser;
import dev.upkeep.hygiene.migration.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code upgrade()} function of an Alembic migration into the statements it runs, with
 * the line of each {@code op.*} call. Each operation becomes the PostgreSQL DDL Alembic emits for
 * it (see {@link AlembicSql}); {@code op.execute} contributes its SQL. Entering
 * {@code op.get_context().autocommit_block()} commits Alembic's transaction and leaving it begins a
 * new one, which appears here as synthetic COMMIT and BEGIN statements. Operations of
 * {@code op.batch_alter_table(...)} blocks apply to that block's table. {@code op.execute(NAME)}
 * reads a module-level string constant {@code NAME = """..."""}; other SQL built at run time is
 * not seen.
 */
public final class AlembicReader {
    /** A {@code with} block in force: autocommit, or a batch alias for a table. */
    private record Block(int indent, boolean autocommit, String alias, String table) {}

    private final List<Statement> statements = new ArrayList<>();
    private final Map<String, PyExpr.Str> constants = new HashMap<>();
    private final Deque<Block> blocks = new ArrayDeque<>();

    private AlembicReader() {}

    /**
     * The statements {@code upgrade()} runs; none when the file has no {@code upgrade()}.
     *
     * @throws dev.upkeep.inventory.FormatException when the Python or an executed SQL string cannot be read
     */
    public static List<Statement> read(String source) {
        AlembicReader reader = new AlembicReader();
        reader.run(PyLexer.lex(source));
        return List.copyOf(reader.statements);
    }

    private void run(List<PyLine> lines) {
        for (PyLine line : lines) {
            List<PyToken> t = line.tokens();
            if (line.indent() == 0 && t.size() > 2 && t.get(0).type() == PyToken.Type.NAME && t.get(1).isOp("=")
                    && PyExprParser.parse(t.subList(2, t.size())) instanceof PyExpr.Str value) {
                constants.put(t.get(0).text(), value);
            }
        }
        int def = -1;
        for (int i = 0; i < lines.size() && def < 0; i++) {
            if (lines.get(i).startsWith("def", "upgrade") || lines.get(i).startsWith("async", "def", "upgrade")) {
                def = i;
            }
        }
        if (def < 0) {
            return;
        }
        PyLine defLine = lines.get(def);
        calls(afterColon(defLine.tokens()));
        int last = defLine.line();
        for (PyLine line : lines.subList(def + 1, lines.size())) {
            if (line.indent() <= defLine.indent()) {
                break;
            }
            while (!blocks.isEmpty() && blocks.peek().indent() >= line.indent()) {
                close(blocks.pop(), line.line());
            }
            if (line.startsWith("with") || line.startsWith("async", "with")) {
                open(line);
                calls(afterColon(line.tokens()));
            } else {
                calls(line.tokens());
            }
            last = line.line();
        }
        while (!blocks.isEmpty()) {
            close(blocks.pop(), last);
        }
    }

    private void open(PyLine line) {
        List<PyToken> header = line.tokens().subList(0, line.tokens().size() - afterColon(line.tokens()).size());
        for (int i = 0; i < header.size(); i++) {
            PyToken t = header.get(i);
            if (t.isName("autocommit_block")) {
                blocks.push(new Block(line.indent(), true, null, null));
                statements.add(synthetic(Ddl.TransactionControl.Kind.COMMIT, line.line()));
            } else if (t.isName("batch_alter_table") && i + 1 < header.size() && header.get(i + 1).isOp("(")) {
                PyExpr.Call call = PyExprParser.call("batch_alter_table", header, i + 1);
                String table = AlembicSql.text(call.arg(0, "table_name"));
                String alias = aliasAfter(header, i);
                if (table != null && alias != null) {
                    blocks.push(new Block(line.indent(), false, alias, table));
                }
            }
        }
    }

    private void close(Block block, int line) {
        if (block.autocommit()) {
            statements.add(synthetic(Ddl.TransactionControl.Kind.BEGIN, line));
        }
    }

    /** Finds {@code op.<method>(...)} and {@code <batch alias>.<method>(...)} calls in {@code tokens}. */
    private void calls(List<PyToken> tokens) {
        for (int i = 0; i + 3 < tokens.size(); i++) {
            PyToken target = tokens.get(i);
            if (target.type() != PyToken.Type.NAME || !tokens.get(i + 1).isOp(".")
                    || tokens.get(i + 2).type() != PyToken.Type.NAME || !tokens.get(i + 3).isOp("(")
                    || (i > 0 && tokens.get(i - 1).isOp("."))) {
                continue;
            }
            String batchTable = batchTable(target.text());
            if (!target.isName("op") && batchTable == null) {
                continue;
            }
            String method = tokens.get(i + 2).text();
            PyExpr.Call call = PyExprParser.call(method, tokens, i + 3);
            int line = target.line();
            if (method.equals("execute")) {
                PyExpr arg = call.arg(0, "sqltext");
                if (arg instanceof PyExpr.Ref ref && constants.containsKey(ref.dotted())) {
                    arg = constants.get(ref.dotted());
                }
                String sql = AlembicSql.text(arg);
                if (sql != null) {
                    statements.addAll(SqlParser.parse(sql, sqlLine(arg, line)));
                }
            } else {
                for (String sql : AlembicSql.render(method, call, batchTable)) {
                    statements.addAll(SqlParser.parse(sql, line));
                }
            }
        }
    }

    private String batchTable(String alias) {
        for (Block block : blocks) {
            if (alias.equals(block.alias())) {
                return block.table();
            }
        }
        return null;
    }

    private static int sqlLine(PyExpr arg, int callLine) {
        if (arg instanceof PyExpr.Str s) {
            return s.line();
        } else if (arg instanceof PyExpr.Call c && !c.args().isEmpty() && c.args().get(0) instanceof PyExpr.Str s) {
            return s.line();
        }
        return callLine;
    }

    private static String aliasAfter(List<PyToken> tokens, int from) {
        for (int i = from; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).isName("as") && tokens.get(i + 1).type() == PyToken.Type.NAME) {
                return tokens.get(i + 1).text();
            }
        }
        return null;
    }

    /** The tokens after the colon that ends a compound statement's header, if any. */
    private static List<PyToken> afterColon(List<PyToken> tokens) {
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            PyToken t = tokens.get(i);
            if (t.isOp("(") || t.isOp("[") || t.isOp("{")) {
                depth++;
            } else if (t.isOp(")") || t.isOp("]") || t.isOp("}")) {
                depth--;
            } else if (depth == 0 && t.isOp(":")) {
                return tokens.subList(i + 1, tokens.size());
            }
        }
        return List.of();
    }

    private static Statement synthetic(Ddl.TransactionControl.Kind kind, int line) {
        return new Statement(line, new Ddl.TransactionControl(kind, true),
                kind == Ddl.TransactionControl.Kind.COMMIT ? "autocommit_block() (Alembic commits)"
                        : "end of autocommit_block() (Alembic begins a new transaction)");
    }
}
