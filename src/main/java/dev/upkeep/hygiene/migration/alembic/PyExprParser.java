package dev.upkeep.hygiene.migration.alembic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the tokens of one expression into a {@link PyExpr}; what it cannot read becomes {@link PyExpr.Other}. */
final class PyExprParser {
    private final List<PyToken> tokens;
    private int pos;

    private PyExprParser(List<PyToken> tokens) {
        this.tokens = tokens;
    }

    /** The expression made of exactly {@code tokens}. */
    static PyExpr parse(List<PyToken> tokens) {
        PyExprParser p = new PyExprParser(tokens);
        PyExpr expr = p.primary();
        return expr != null && p.pos == tokens.size() ? expr : new PyExpr.Other(source(tokens));
    }

    /** The call whose opening parenthesis is at {@code open} in {@code tokens}, named {@code function}. */
    static PyExpr.Call call(String function, List<PyToken> tokens, int open) {
        PyExprParser p = new PyExprParser(tokens);
        p.pos = open;
        return p.arguments(function);
    }

    private PyExpr primary() {
        if (pos >= tokens.size()) {
            return null;
        }
        PyToken t = tokens.get(pos);
        switch (t.type()) {
            case STRING -> {
                StringBuilder value = new StringBuilder();
                boolean formatted = false;
                while (pos < tokens.size() && tokens.get(pos).type() == PyToken.Type.STRING) {
                    formatted |= tokens.get(pos).formatted();
                    value.append(tokens.get(pos++).text());
                }
                return formatted ? new PyExpr.Other("f-string") : new PyExpr.Str(value.toString(), t.line());
            }
            case NUMBER -> {
                pos++;
                return new PyExpr.Const(t.text());
            }
            case NAME -> {
                return name();
            }
            default -> {
                if (t.isOp("[") || t.isOp("(")) {
                    String close = t.isOp("[") ? "]" : ")";
                    List<List<PyToken>> items = split(++pos, close);
                    List<PyExpr> exprs = items.stream().map(PyExprParser::parse).toList();
                    return t.isOp("(") && items.size() == 1 && !endsWithComma(close) ? exprs.get(0) : new PyExpr.Seq(exprs);
                }
                return null;
            }
        }
    }

    private PyExpr name() {
        StringBuilder dotted = new StringBuilder(tokens.get(pos++).text());
        while (pos + 1 < tokens.size() && tokens.get(pos).isOp(".") && tokens.get(pos + 1).type() == PyToken.Type.NAME) {
            dotted.append('.').append(tokens.get(pos + 1).text());
            pos += 2;
        }
        String name = dotted.toString();
        if (pos < tokens.size() && tokens.get(pos).isOp("(")) {
            return arguments(name);
        }
        return switch (name) {
            case "True", "False", "None" -> new PyExpr.Const(name);
            default -> new PyExpr.Ref(name);
        };
    }

    /** At an opening parenthesis: the call's arguments, consumed with the parentheses. */
    private PyExpr.Call arguments(String function) {
        List<PyExpr> args = new ArrayList<>();
        Map<String, PyExpr> kwargs = new HashMap<>();
        for (List<PyToken> arg : split(++pos, ")")) {
            if (arg.size() > 2 && arg.get(0).type() == PyToken.Type.NAME && arg.get(1).isOp("=")) {
                kwargs.put(arg.get(0).text(), parse(arg.subList(2, arg.size())));
            } else if (!arg.isEmpty() && !arg.get(0).isOp("*") && !arg.get(0).isOp("**")) {
                args.add(parse(arg));
            }
        }
        return new PyExpr.Call(function, args, kwargs);
    }

    /** From {@code start}, the comma-separated items up to the bracket {@code close}, which is consumed. */
    private List<List<PyToken>> split(int start, String close) {
        List<List<PyToken>> items = new ArrayList<>();
        int depth = 0;
        int itemStart = start;
        int i = start;
        for (; i < tokens.size(); i++) {
            PyToken t = tokens.get(i);
            if (t.isOp("(") || t.isOp("[") || t.isOp("{")) {
                depth++;
            } else if (depth == 0 && t.isOp(close)) {
                break;
            } else if (t.isOp(")") || t.isOp("]") || t.isOp("}")) {
                depth--;
            } else if (depth == 0 && t.isOp(",")) {
                items.add(tokens.subList(itemStart, i));
                itemStart = i + 1;
            }
        }
        if (itemStart < i) {
            items.add(tokens.subList(itemStart, i));
        }
        pos = Math.min(i + 1, tokens.size());
        return items;
    }

    private boolean endsWithComma(String close) {
        return pos >= 2 && tokens.get(pos - 1).isOp(close) && tokens.get(pos - 2).isOp(",");
    }

    static String source(List<PyToken> tokens) {
        StringBuilder sb = new StringBuilder();
        for (PyToken t : tokens) {
            sb.append(t.type() == PyToken.Type.STRING ? "'" + t.text() + "'" : t.text());
        }
        return sb.toString();
    }
}
