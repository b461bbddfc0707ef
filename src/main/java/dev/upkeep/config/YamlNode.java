package dev.upkeep.config;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A parsed YAML value with the 1-based line it starts on: a scalar, a mapping or a sequence.
 * Anchors and {@code <<} merge keys are already resolved; mapping keys are unique. Immutable, so
 * parsed files can be shared between rules.
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {
    /** The 1-based line the value starts on. */
    int line();

    /** What kind of value this is, for error messages: "a string", "a mapping", "a list". */
    String describe();

    /**
     * A scalar as written (never converted), with the YAML 1.1 type it resolves to: {@code str},
     * {@code null}, {@code bool}, {@code int}, {@code float}, {@code timestamp}, or a custom tag.
     */
    record Scalar(String value, String tag, int line) implements YamlNode {
        public Scalar {
            requireNonNull(value, "value is null");
            requireNonNull(tag, "tag is null");
        }

        public boolean isNull() {
            return tag.equals("null");
        }

        @Override
        public String describe() {
            return isNull() ? "empty" : tag.equals("str") ? "a string" : "a " + tag + " ('" + value + "')";
        }
    }

    /** One key and its value. */
    record Entry(Scalar key, YamlNode value) {
        public Entry {
            requireNonNull(key, "key is null");
            requireNonNull(value, "value is null");
        }
    }

    /** A mapping, its entries in file order (merged entries first). */
    record Mapping(List<Entry> entries, int line) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        public Optional<YamlNode> get(String key) {
            return entry(key).map(Entry::value);
        }

        public Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.key().value().equals(key)).findFirst();
        }

        public List<String> keys() {
            List<String> keys = new ArrayList<>();
            entries.forEach(e -> keys.add(e.key().value()));
            return keys;
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** A sequence, its items in order. */
    record Sequence(List<YamlNode> items, int line) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }
}
