package dev.upkeep.versioning.npm;

/**
 * One primitive comparison such as {@code >=1.2.3} or {@code <2.0.0-0}, or "any" (empty). Ranges
 * are parsed once into arrays of these, so testing a version touches only longs and arrays.
 */
public final class Comparator {
    static final int EQ = 0;
    static final int LT = 1;
    static final int LE = 2;
    static final int GT = 3;
    static final int GE = 4;
    private static final String[] OPERATORS = {"", "<", "<=", ">", ">="};

    static final Comparator ANY = new Comparator(EQ, null);

    final int op;
    /** null for "any". */
    final SemVer semver;
    private final String value;

    Comparator(int op, SemVer semver) {
        this.op = op;
        this.semver = semver;
        this.value = semver == null ? "" : OPERATORS[op] + semver.version();
    }

    /** Parses like {@code new Comparator(text, {loose})}: an operator, an optional space, a version. */
    public static Comparator parse(String text, boolean loose) {
        String s = JsText.collapse(text);
        int opEnd = operatorEnd(s);
        String rest = afterOperator(s, opEnd);
        if (rest.isEmpty()) {
            if (opEnd == 0) {
                return ANY;
            }
            throw SemVer.invalid(text, "is not a comparator (an operator needs a version)");
        }
        if (SemVerParser.scan(rest, loose) == null) {
            throw SemVer.invalid(text, "is not a comparator (OPERATOR VERSION)");
        }
        return new Comparator(operator(s.substring(0, opEnd)), SemVer.parse(rest, loose));
    }

    /** Whether {@code token} has comparator syntax (node's loose filter; numbers not checked). */
    static boolean hasSyntax(String token, boolean loose) {
        int opEnd = operatorEnd(token);
        String rest = afterOperator(token, opEnd);
        return rest.isEmpty() ? token.isEmpty() : SemVerParser.scan(rest, loose) != null;
    }

    private static int operatorEnd(String s) {
        int i = 0;
        if (i < s.length() && (s.charAt(i) == '<' || s.charAt(i) == '>')) {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '=') {
            i++;
        }
        return i;
    }

    private static String afterOperator(String s, int opEnd) {
        return opEnd < s.length() && JsText.isSpace(s.charAt(opEnd)) ? s.substring(opEnd + 1) : s.substring(opEnd);
    }

    private static int operator(String op) {
        return switch (op) {
            case "<" -> LT;
            case "<=" -> LE;
            case ">" -> GT;
            case ">=" -> GE;
            default -> EQ;
        };
    }

    boolean isAny() {
        return semver == null;
    }

    /** The operator as node writes it: {@code ""} for equality. */
    public String operator() {
        return OPERATORS[op];
    }

    boolean isGreater() {
        return op == GT || op == GE;
    }

    boolean isLess() {
        return op == LT || op == LE;
    }

    /** Whether {@code v} passes this comparison alone (no pre-release rule). */
    public boolean test(SemVer v) {
        if (semver == null) {
            return true;
        }
        int c = v.compareTo(semver);
        return switch (op) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
            default -> c == 0;
        };
    }

    /** node's canonical form ({@code >=1.2.3}, {@code 1.2.3} for equality, empty for any). */
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
