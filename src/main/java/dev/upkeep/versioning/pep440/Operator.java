package dev.upkeep.versioning.pep440;

/** The comparison operators of a PEP 440 version specifier. */
public enum Operator {
    COMPATIBLE("~="),
    EQUAL("=="),
    NOT_EQUAL("!="),
    LESS_EQUAL("<="),
    GREATER_EQUAL(">="),
    LESS("<"),
    GREATER(">"),
    /** {@code ===}: case-insensitive string equality, no version semantics. */
    ARBITRARY("===");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** The operator {@code text} starts with (the longest match), or null. */
    static Operator prefixOf(String text) {
        if (text.startsWith("===")) {
            return ARBITRARY;
        }
        for (Operator op : values()) {
            if (op != ARBITRARY && text.startsWith(op.symbol)) {
                return op;
            }
        }
        return null;
    }
}
