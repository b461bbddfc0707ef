package dev.upkeep.inventory.githubactions.workflow;

import dev.upkeep.inventory.githubactions.Expressions.Literal;
import dev.upkeep.inventory.yaml.YamlNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The literal values of a job's {@code strategy.matrix}, per key: the listed values and those the
 * {@code include} entries add. A key with any value that is not a literal (an expression, an
 * object) is left out, so references to it stay unresolved; so is every key of a matrix written as
 * one expression ({@code ${{ fromJSON(...) }}}). {@code exclude} is not applied: a value excluded
 * from some combinations still runs in others.
 */
final class Matrix {
    private Matrix() {}

    static Map<String, List<Literal>> literals(YamlNode matrix) {
        Map<String, List<Literal>> values = new LinkedHashMap<>();
        Set<String> unknown = new HashSet<>();
        for (Map.Entry<String, YamlNode> key : matrix.entries().entrySet()) {
            if (key.getKey().equals("include") || key.getKey().equals("exclude")) {
                continue;
            }
            if (!key.getValue().isSequence()) {
                unknown.add(key.getKey());
            }
            for (YamlNode item : key.getValue().items()) {
                add(values, unknown, key.getKey(), item);
            }
        }
        for (YamlNode include : matrix.get("include").items()) {
            include.entries().forEach((key, item) -> add(values, unknown, key, item));
        }
        unknown.forEach(values::remove);
        return values;
    }

    private static void add(Map<String, List<Literal>> values, Set<String> unknown, String key, YamlNode item) {
        String text = item.text();
        if (text == null || text.contains("${{")) {
            unknown.add(key);
        } else {
            values.computeIfAbsent(key, k -> new ArrayList<>()).add(new Literal(text, item.line()));
        }
    }
}
