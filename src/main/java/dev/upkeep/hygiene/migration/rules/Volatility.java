package dev.upkeep.hygiene.migration.rules;

import dev.upkeep.hygiene.migration.sql.Token;
import java.util.List;
import java.util.Map;

/**
 * Whether a DEFAULT expression is volatile, judged from the functions it calls: PostgreSQL 11+
 * stores a non-volatile default once instead of rewriting the table, but must evaluate a volatile
 * one per row. Function volatility lives in the server's catalogue, so a function not listed here
 * as stable or immutable counts as possibly volatile.
 */
final class Volatility {
    /** Stable or immutable functions (and call-like keywords) with their most arguments, -1 for any. */
    private static final Map<String, Integer> NON_VOLATILE = Map.ofEntries(
            Map.entry("now", 0), Map.entry("transaction_timestamp", 0), Map.entry("statement_timestamp", 0),
            Map.entry("current_date", 0), Map.entry("current_timestamp", 1), Map.entry("current_time", 1),
            Map.entry("localtimestamp", 1), Map.entry("localtime", 1), Map.entry("current_schema", 0),
            Map.entry("current_setting", -1), Map.entry("cast", -1), Map.entry("coalesce", -1),
            Map.entry("nullif", -1), Map.entry("greatest", -1), Map.entry("least", -1), Map.entry("array", -1),
            Map.entry("row", -1), Map.entry("extract", -1), Map.entry("lower", -1), Map.entry("upper", -1),
            Map.entry("trim", -1), Map.entry("btrim", -1), Map.entry("concat", -1), Map.entry("concat_ws", -1),
            Map.entry("length", -1), Map.entry("substring", -1), Map.entry("replace", -1), Map.entry("abs", -1),
            Map.entry("round", -1), Map.entry("floor", -1), Map.entry("ceil", -1), Map.entry("trunc", -1),
            Map.entry("to_char", -1), Map.entry("to_date", -1), Map.entry("to_timestamp", -1),
            Map.entry("to_number", -1), Map.entry("make_date", -1), Map.entry("make_interval", -1),
            Map.entry("make_timestamp", -1), Map.entry("make_timestamptz", -1), Map.entry("date_trunc", -1),
            Map.entry("date_part", -1), Map.entry("timezone", -1), Map.entry("md5", -1),
            Map.entry("jsonb_build_object", -1), Map.entry("jsonb_build_array", -1),
            Map.entry("json_build_object", -1), Map.entry("json_build_array", -1), Map.entry("to_jsonb", -1),
            Map.entry("to_json", -1), Map.entry("uuid_nil", 0));

    private Volatility() {}

    /** The first call in {@code expression} not known to be non-volatile, or {@code null}. */
    static String volatileCall(List<Token> expression) {
        for (int i = 0; i < expression.size() - 1; i++) {
            Token t = expression.get(i);
            if (t.isSymbol("::") || t.is("as")) {
                i = skipType(expression, i + 1) - 1;
            } else if (t.type() == Token.Type.WORD && expression.get(i + 1).isSymbol("(")) {
                String name = t.identifier();
                Integer arity = NON_VOLATILE.get(name);
                if (arity == null || (arity >= 0 && arguments(expression, i + 1) > arity)) {
                    return name + "(…)";
                }
            }
        }
        return null;
    }

    /** Past a type name after {@code ::} or {@code AS}: its words and one parenthesised modifier. */
    private static int skipType(List<Token> tokens, int i) {
        while (i < tokens.size() && tokens.get(i).isIdentifier()) {
            i++;
            if (i < tokens.size() && tokens.get(i).isSymbol("(")) {
                while (i < tokens.size() && !tokens.get(i).isSymbol(")")) {
                    i++;
                }
                i++;
            }
        }
        return i;
    }

    /** The number of arguments of the call whose "(" is at {@code open}. */
    private static int arguments(List<Token> tokens, int open) {
        int depth = 0;
        int args = 0;
        for (int i = open; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (depth == 1 && args == 0 && !t.isSymbol(")")) {
                args = 1;
            }
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")") && --depth == 0) {
                return args;
            } else if (depth == 1 && t.isSymbol(",")) {
                args++;
            }
        }
        return args;
    }
}
