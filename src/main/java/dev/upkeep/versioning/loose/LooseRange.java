package dev.upkeep.versioning.loose;

import dev.upkeep.versioning.InvalidVersionException;
import dev.upkeep.versioning.Version;
import dev.upkeep.versioning.VersionRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Comma-separated clauses that must all hold: {@code >=1.2, <2}, {@code !=1.4.1}, {@code =3.0}
 * (a bare version means {@code =}); {@code *} holds every version.
 */
final class LooseRange implements VersionRange {
    private enum Op { GE, LE, GT, LT, EQ, NE }

    /** The operators, longest first so that {@code >=} is not read as {@code >}. */
    private static final List<Map.Entry<String, Op>> OPERATORS = List.of(Map.entry(">=", Op.GE),
            Map.entry("<=", Op.LE), Map.entry("!=", Op.NE), Map.entry("==", Op.EQ), Map.entry(">", Op.GT),
            Map.entry("<", Op.LT), Map.entry("=", Op.EQ));

    private record Clause(Op op, LooseVersion version) {
        boolean holds(LooseVersion v) {
            int c = v.compareTo(version);
            return switch (op) {
                case GE -> c >= 0;
                case LE -> c <= 0;
                case GT -> c > 0;
                case LT -> c < 0;
                case EQ -> c == 0;
                case NE -> c != 0;
            };
        }
    }

    private final String text;
    private final List<Clause> clauses;

    private LooseRange(String text, List<Clause> clauses) {
        this.text = text;
        this.clauses = clauses;
    }

    static LooseRange parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidVersionException("loose range", String.valueOf(text), "is empty");
        }
        List<Clause> clauses = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String clause = part.strip();
            if (clause.equals("*")) {
                continue;
            }
            Op op = Op.EQ;
            int skip = 0;
            for (Map.Entry<String, Op> o : OPERATORS) {
                if (clause.startsWith(o.getKey())) {
                    op = o.getValue();
                    skip = o.getKey().length();
                    break;
                }
            }
            try {
                clauses.add(new Clause(op, LooseVersion.parse(clause.substring(skip).strip())));
            } catch (InvalidVersionException e) {
                throw new InvalidVersionException("loose range", text, "clause '" + clause + "': " + e.getMessage());
            }
        }
        return new LooseRange(text, List.copyOf(clauses));
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public boolean contains(Version version) {
        LooseVersion v = (LooseVersion) version;
        for (Clause c : clauses) {
            if (!c.holds(v)) {
                return false;
            }
        }
        return true;
    }
}
