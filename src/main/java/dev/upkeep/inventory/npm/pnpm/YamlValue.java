package dev.upkeep.inventory.npm.pnpm;

import java.util.Arrays;
import java.util.List;

/**
 * A composed YAML value of a pnpm lockfile, the line of each mapping key kept: what the lockfile
 * code reads, and nothing else. {@link SubsetComposer} builds it directly; SnakeYAML's node graph
 * is converted ({@link Yaml#composeAll}). Smaller than SnakeYAML's nodes, which cost more memory
 * than the text they held.
 */
sealed interface YamlValue permits YamlValue.Scalar, YamlValue.Mapping, YamlValue.Sequence {
    /** A scalar; {@code text} is null when YAML resolves it to null ({@code ~}, {@code null}, nothing). */
    record Scalar(String text) implements YamlValue {
        static final Scalar NULL = new Scalar(null);
    }

    /** A sequence. Its list is filled while composing, then only read. */
    record Sequence(List<YamlValue> items) implements YamlValue {}

    /** A mapping with scalar keys (others are dropped), in file order, duplicates kept as SnakeYAML composes them. Filled while composing, then only read. */
    final class Mapping implements YamlValue {
        private String[] keys = new String[4];
        private int[] lines = new int[4];
        private YamlValue[] values = new YamlValue[4];
        private int size;

        void add(String key, int line, YamlValue value) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                lines = Arrays.copyOf(lines, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            keys[size] = key;
            lines[size] = line;
            values[size++] = value;
        }

        int size() {
            return size;
        }

        String key(int i) {
            return keys[i];
        }

        /** The 1-based line of the {@code i}-th key. */
        int line(int i) {
            return lines[i];
        }

        YamlValue value(int i) {
            return values[i];
        }
    }
}
