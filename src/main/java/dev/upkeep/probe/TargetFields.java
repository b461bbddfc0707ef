package dev.upkeep.probe;

import dev.upkeep.config.ConfigNodes;
import dev.upkeep.config.YamlNode;
import dev.upkeep.config.YamlNode.Mapping;
import dev.upkeep.config.YamlNode.Scalar;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the typed fields of {@code targets:} entries: durations ({@code 500ms}, {@code 24h}),
 * percentages ({@code 80%}), sizes ({@code 10MB}), connection references ({@code env:VAR},
 * {@code file:PATH}). Every error names the file, line and field, as the rest of upkeep.yml does.
 */
public final class TargetFields {
    private final ConfigNodes nodes;
    private final Path root;

    /**
     * @param nodes the reader of the file the section came from
     * @param root the stack's root: relative paths ({@code ca:}, {@code dir:}) resolve against it
     */
    public TargetFields(ConfigNodes nodes, Path root) {
        this.nodes = nodes;
        this.root = root;
    }

    public ConfigNodes nodes() {
        return nodes;
    }

    /** The entries of a family's section: a list, or one entry written alone. */
    public List<YamlNode> entries(YamlNode section) {
        return section instanceof YamlNode.Sequence s ? s.items() : List.of(section);
    }

    /** An entry as a mapping; a scalar entry is read by {@code shortForm} (a URL, a path). */
    public <T> T entry(YamlNode node, String field, Function<String, T> shortForm, Function<Mapping, T> longForm) {
        if (node instanceof Scalar) {
            String text = nodes.string(node, field);
            try {
                return shortForm.apply(text);
            } catch (IllegalArgumentException e) {
                throw nodes.fail(node, field, e.getMessage());
            }
        }
        return longForm.apply(nodes.mapping(node, field));
    }

    public String string(Mapping m, String key, String field, String otherwise) {
        return nodes.optional(m, key).map(n -> nodes.string(n, field + "." + key)).orElse(otherwise);
    }

    public String requiredString(Mapping m, String key, String field) {
        return nodes.string(nodes.required(m, key, field), field + "." + key);
    }

    public Duration duration(Mapping m, String key, String field, Duration otherwise) {
        return nodes.optional(m, key).map(n -> {
            String text = nodes.string(n, field + "." + key);
            try {
                return Durations.parse(text);
            } catch (IllegalArgumentException e) {
                throw nodes.fail(n, field + "." + key, e.getMessage());
            }
        }).orElse(otherwise);
    }

    /** A percentage: {@code 80%}, {@code 80} or {@code 0.8} (a number up to 1 is a fraction). */
    public double percent(Mapping m, String key, String field, double otherwise) {
        return nodes.optional(m, key).map(n -> {
            String text = nodes.string(n, field + "." + key);
            try {
                boolean sign = text.endsWith("%");
                double v = Double.parseDouble(sign ? text.substring(0, text.length() - 1).strip() : text);
                double pct = !sign && v <= 1 ? v * 100 : v;
                if (pct < 0 || pct > 100) {
                    throw new NumberFormatException();
                }
                return pct;
            } catch (NumberFormatException e) {
                throw nodes.fail(n, field + "." + key, "'" + text + "' is not a percentage between 0% and 100%");
            }
        }).orElse(otherwise);
    }

    public long integer(Mapping m, String key, String field, long otherwise, long min) {
        return nodes.optional(m, key).map(n -> {
            String text = nodes.string(n, field + "." + key);
            try {
                long v = Long.parseLong(text.replace("_", ""));
                if (v < min) {
                    throw new NumberFormatException();
                }
                return v;
            } catch (NumberFormatException e) {
                throw nodes.fail(n, field + "." + key, "'" + text + "' is not a whole number of at least " + min);
            }
        }).orElse(otherwise);
    }

    /** A size: {@code 512}, {@code 64KB}, {@code 10MB}, {@code 2GB} (binary multiples). */
    public long bytes(Mapping m, String key, String field, long otherwise) {
        return nodes.optional(m, key).map(n -> {
            String text = nodes.string(n, field + "." + key).toUpperCase(Locale.ROOT).replace(" ", "").replace("IB", "B");
            long mult = text.endsWith("KB") ? 1L << 10 : text.endsWith("MB") ? 1L << 20 : text.endsWith("GB") ? 1L << 30
                    : text.endsWith("TB") ? 1L << 40 : 1;
            String digits = mult == 1 ? (text.endsWith("B") ? text.substring(0, text.length() - 1) : text) : text.substring(0, text.length() - 2);
            try {
                return Math.round(Double.parseDouble(digits) * mult);
            } catch (NumberFormatException e) {
                throw nodes.fail(n, field + "." + key, "'" + text + "' is not a size (like 512KB, 10MB, 2GB)");
            }
        }).orElse(otherwise);
    }

    public boolean bool(Mapping m, String key, String field, boolean otherwise) {
        return nodes.optional(m, key).map(n -> {
            String text = nodes.string(n, field + "." + key).toLowerCase(Locale.ROOT);
            return switch (text) {
                case "true", "yes", "on" -> true;
                case "false", "no", "off" -> false;
                default -> throw nodes.fail(n, field + "." + key, "'" + text + "' is not true or false");
            };
        }).orElse(otherwise);
    }

    /** A path, relative to the stack's root unless absolute. */
    public Optional<Path> path(Mapping m, String key, String field) {
        return nodes.optional(m, key).map(n -> root.resolve(nodes.string(n, field + "." + key)).normalize());
    }

    public Path path(String text) {
        return root.resolve(text).normalize();
    }

    /**
     * A connection reference. {@code env:VAR} and {@code file:PATH} are kept unresolved; a
     * literal is accepted only when it holds no password, so no secret sits in upkeep.yml.
     */
    public SecretRef secret(YamlNode node, String field) {
        String text = nodes.string(node, field);
        try {
            return secret(text);
        } catch (IllegalArgumentException e) {
            throw nodes.fail(node, field, e.getMessage());
        }
    }

    /** {@link #secret(YamlNode, String)} for a short-form entry. */
    public static SecretRef secret(String text) {
        SecretRef ref = SecretRef.parse(text);
        if (ref.kind() == SecretRef.Kind.LITERAL && !Redaction.passwordsOf(text).isEmpty()) {
            throw new IllegalArgumentException("holds a password; give env:VARIABLE or file:PATH instead, so no secret sits in upkeep.yml");
        }
        return ref;
    }
}
