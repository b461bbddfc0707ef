package dev.upkeep.inventory.githubactions;

import dev.upkeep.inventory.yaml.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills in the {@code ${{ matrix.X }}} and {@code ${{ env.X }}} expressions of a workflow value
 * from the literals the workflow gives. A value with several matrix values becomes several values;
 * an expression that cannot be read from the file stays as written.
 */
public final class Expressions {
    /**
     * A literal a workflow writes, and its 1-based line.
     */
    public record Literal(String text, int line) {}

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{\\{\\s*(matrix|env)\\.([A-Za-z0-9_-]+)\\s*}}");
    private static final int MAX_VALUES = 64;

    private final Map<String, List<Literal>> matrix;
    private final Map<String, Literal> env;

    /**
     * @param matrix each matrix key's literal values; a key whose values are not all literals is absent
     * @param env the literal environment variables in scope
     */
    public Expressions(Map<String, List<Literal>> matrix, Map<String, Literal> env) {
        this.matrix = Map.copyOf(matrix);
        this.env = Map.copyOf(env);
    }

    /** The scalar entries of a mapping ({@code env:}) as literals. */
    public static Map<String, Literal> literals(YamlNode mapping) {
        Map<String, Literal> literals = new LinkedHashMap<>();
        mapping.entries().forEach((key, value) -> {
            if (value.text() != null) {
                literals.put(key, new Literal(value.text(), value.line()));
            }
        });
        return literals;
    }

    public static Expressions none() {
        return new Expressions(Map.of(), Map.of());
    }

    /** The same matrix with {@code more} environment variables, which win over the ones known. */
    public Expressions withEnv(Map<String, Literal> more) {
        Map<String, Literal> all = new LinkedHashMap<>(env);
        all.putAll(more);
        return new Expressions(matrix, all);
    }

    /**
     * Every value {@code value} takes, in order, without duplicates. The line of each is the line
     * of the last literal filled in, or {@code value}'s own line when none was.
     */
    public List<Literal> expand(Literal value) {
        Map<String, Literal> out = new LinkedHashMap<>();
        expand(value.text(), value.line(), 0, out);
        return new ArrayList<>(out.values());
    }

    private void expand(String text, int line, int from, Map<String, Literal> out) {
        Matcher m = REFERENCE.matcher(text);
        if (!m.find(from) || out.size() >= MAX_VALUES) {
            out.putIfAbsent(text, new Literal(text, line));
            return;
        }
        List<Literal> values = m.group(1).equals("matrix")
                ? matrix.get(m.group(2))
                : env.containsKey(m.group(2)) ? List.of(env.get(m.group(2))) : null;
        if (values == null) {
            expand(text, line, m.end(), out);
            return;
        }
        for (Literal value : values) {
            String next = text.substring(0, m.start()) + value.text() + text.substring(m.end());
            expand(next, value.line(), m.start() + value.text().length(), out);
        }
    }
}
