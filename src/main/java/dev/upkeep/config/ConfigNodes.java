package dev.upkeep.config;

import static java.util.Objects.requireNonNull;

import dev.upkeep.config.YamlNode.Mapping;
import dev.upkeep.config.YamlNode.Scalar;
import dev.upkeep.config.YamlNode.Sequence;
import dev.upkeep.domain.UpkeepException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reads typed fields out of the nodes of one configuration file. Every failure is an
 * {@link UpkeepException} of category INPUT saying {@code <file>:<line>: <field>: <what is wrong>},
 * the field written as a path ({@code ignore[2].until}). Later sections (policy, windows, targets)
 * read their nodes with this too, so every error of upkeep.yml reads the same.
 */
public final class ConfigNodes {
    private final String file;

    public ConfigNodes(String file) {
        this.file = requireNonNull(file, "file is null");
    }

    public String file() {
        return file;
    }

    public UpkeepException fail(YamlNode at, String field, String what) {
        return fail(at.line(), field, what);
    }

    public UpkeepException fail(int line, String field, String what) {
        return UpkeepException.input(file + (line > 0 ? ":" + line : "") + ": " + field + ": " + what);
    }

    public Mapping mapping(YamlNode node, String field) {
        if (node instanceof Mapping m) {
            return m;
        }
        throw fail(node, field, "expected a mapping, found " + node.describe());
    }

    public List<YamlNode> list(YamlNode node, String field) {
        if (node instanceof Sequence s) {
            return s.items();
        }
        throw fail(node, field, "expected a list, found " + node.describe());
    }

    /** A non-blank string (any plain scalar is read as written: {@code 42} is "42"). */
    public String string(YamlNode node, String field) {
        if (node instanceof Scalar s && !s.isNull() && !s.value().isBlank()) {
            return s.value().strip();
        }
        throw fail(node, field, "expected a non-empty text, found " + node.describe());
    }

    /** An ISO date, {@code 2027-01-31}. */
    public LocalDate date(YamlNode node, String field) {
        String text = string(node, field);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw fail(node, field, "'" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    /** A required key of {@code mapping}. */
    public YamlNode required(Mapping mapping, String key, String field) {
        return mapping.get(key).orElseThrow(() -> fail(mapping, field, "'" + key + "' is required"));
    }

    public Optional<YamlNode> optional(Mapping mapping, String key) {
        return mapping.get(key).filter(n -> !(n instanceof Scalar s && s.isNull()));
    }

    /** Fails on the first key of {@code mapping} that is not in {@code known}. */
    public void onlyKnownKeys(Mapping mapping, String field, Collection<String> known) {
        for (YamlNode.Entry e : mapping.entries()) {
            if (!known.contains(e.key().value())) {
                String where = field.isEmpty() ? "" : field + ".";
                throw fail(e.key(), where + e.key().value(), "unknown key (known: " + String.join(", ", known) + ")");
            }
        }
    }
}
