package dev.upkeep.inventory.npm;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.upkeep.inventory.FormatException;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON file read into a tree that remembers the line of every object field near the top
 * ({@code /dependencies/react} → 12), so a component can point at the line that declares it. One
 * pass with Jackson's streaming parser, which knows where each token starts.
 */
public final class JsonDocument {
    /** Field lines are kept this deep ({@code /overrides/a/b/c} is depth 4). */
    private static final int LINE_DEPTH = 5;
    private static final JsonFactory STRICT = JsonFactory.builder().build();
    /** bun.lock is JSON with trailing commas (and may carry comments). */
    private static final JsonFactory LENIENT = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();

    private final ObjectNode root;
    private final Map<String, Integer> lines;

    private JsonDocument(ObjectNode root, Map<String, Integer> lines) {
        this.root = root;
        this.lines = lines;
    }

    /** Reads {@code text}, which must hold one JSON object; {@code lenient} allows trailing commas and comments. */
    public static JsonDocument parse(String text, boolean lenient) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = (lenient ? LENIENT : STRICT).createParser(text)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new FormatException("expected a JSON object, found "
                        + (first == null ? "an empty file" : first.asString() == null ? first.name() : "'" + first.asString() + "'"),
                        p.currentTokenLocation().getLineNr());
            }
            ObjectNode root = (ObjectNode) read(p, "", 0, lines);
            if (p.nextToken() != null) {
                throw new FormatException("malformed JSON: content after the end of the object", p.currentTokenLocation().getLineNr());
            }
            return new JsonDocument(root, lines);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new FormatException("cannot read JSON: " + e.getMessage()); // a String source does no I/O
        }
    }

    /** A parser's complaint as a {@link FormatException} with its line. */
    public static FormatException malformed(JsonProcessingException e) {
        int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
        return new FormatException("malformed JSON: " + e.getOriginalMessage(), line, e);
    }

    public ObjectNode root() {
        return root;
    }

    /** The 1-based line of the field at {@code path} ({@code "dependencies", "react"}), or 0 if unknown. */
    public int line(String... path) {
        return lines.getOrDefault(String.join("\u0000", path), 0);
    }

    private static JsonNode read(JsonParser p, String path, int depth, Map<String, Integer> lines) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (p.currentToken()) {
            case START_OBJECT -> {
                ObjectNode o = nodes.objectNode();
                for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
                    String child = depth == 0 ? field : path + "\u0000" + field;
                    if (depth < LINE_DEPTH) {
                        lines.putIfAbsent(child, p.currentTokenLocation().getLineNr());
                    }
                    p.nextToken();
                    o.set(field, read(p, child, depth + 1, lines));
                }
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = nodes.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(read(p, path, depth + 1, lines));
                }
                return a;
            }
            case VALUE_STRING -> {
                return nodes.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (p.getNumberType()) {
                    case INT -> nodes.numberNode(p.getIntValue());
                    case LONG -> nodes.numberNode(p.getLongValue());
                    default -> nodes.numberNode(p.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return nodes.numberNode(p.getDecimalValue());
            }
            case VALUE_TRUE -> {
                return nodes.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return nodes.booleanNode(false);
            }
            default -> {
                return nodes.nullNode();
            }
        }
    }
}
