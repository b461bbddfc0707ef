package dev.upkeep.hygiene.migration.alembic;

import java.util.List;
import java.util.Map;

/** A Python expression as far as Alembic arguments need: literals, names, calls, lists. */
sealed interface PyExpr {
    /** A string literal (adjacent literals joined). */
    record Str(String value, int line) implements PyExpr {}

    /** A number, {@code True}, {@code False} or {@code None}. */
    record Const(String text) implements PyExpr {}

    /** A dotted name such as {@code sa.Integer}. */
    record Ref(String dotted) implements PyExpr {}

    record Call(String function, List<PyExpr> args, Map<String, PyExpr> kwargs) implements PyExpr {
        public Call {
            args = List.copyOf(args);
            kwargs = Map.copyOf(kwargs);
        }

        /** The positional argument at {@code index}, else the keyword {@code name}, else {@code null}. */
        PyExpr arg(int index, String name) {
            if (index >= 0 && index < args.size()) {
                return args.get(index);
            }
            return kwargs.get(name);
        }

        /** The last part of the called name: {@code Column} for {@code sa.Column}. */
        String simpleName() {
            return function.substring(function.lastIndexOf('.') + 1);
        }
    }

    /** A list or tuple display. */
    record Seq(List<PyExpr> items) implements PyExpr {
        public Seq {
            items = List.copyOf(items);
        }
    }

    /** Anything else (operators, f-strings, comprehensions), by its source. */
    record Other(String source) implements PyExpr {}

    /** Whether this is the literal {@code True} (or a non-zero number). */
    default boolean isTrue() {
        return this instanceof Const c && !c.text().equals("False") && !c.text().equals("None")
                && !c.text().equals("0");
    }

    /** Whether this is the literal {@code False}. */
    default boolean isFalse() {
        return this instanceof Const c && c.text().equals("False");
    }
}
