package dev.upkeep.inventory.python;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.upkeep.inventory.FormatException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads TOML documents with jackson-dataformat-toml, and small helpers over the resulting tree. */
public final class Toml {
    private static final TomlMapper MAPPER = new TomlMapper();

    private Toml() {}

    /** The document as a tree; an empty file is an empty table. Malformed TOML is a {@link FormatException} with its line. */
    public static ObjectNode parse(String text) {
        if (text.isBlank()) {
            return JsonNodeFactory.instance.objectNode();
        }
        try {
            JsonNode node = MAPPER.readTree(text);
            return node instanceof ObjectNode o ? o : JsonNodeFactory.instance.objectNode();
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            throw new FormatException("not valid TOML: " + e.getOriginalMessage(), line, e);
        }
    }

    /** The text of a string node, or null for anything else. */
    public static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.asText() : null;
    }

    /** The text of the first of {@code keys} that holds a string, or null. */
    public static String firstText(JsonNode node, String... keys) {
        for (String k : keys) {
            String v = text(node.get(k));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The strings of an array node (others skipped); a single string counts as a one-element array. */
    public static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null && node.isTextual()) {
            out.add(node.asText());
        } else if (node != null && node.isArray()) {
            node.forEach(n -> {
                if (n.isTextual()) {
                    out.add(n.asText());
                }
            });
        }
        return out;
    }

    /** The entries of a table node, in document order; empty for anything else. */
    public static List<Map.Entry<String, JsonNode>> entries(JsonNode node) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        if (node != null && node.isObject()) {
            out.addAll(node.properties());
        }
        return out;
    }
}
