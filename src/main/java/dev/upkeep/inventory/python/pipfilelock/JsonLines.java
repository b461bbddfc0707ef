package dev.upkeep.inventory.python.pipfilelock;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The line of every object key in a JSON text, by its path ({@code default/markupsafe}); Jackson's tree keeps no positions. */
final class JsonLines {
    private JsonLines() {}

    static Map<String, Integer> of(ObjectMapper json, String text) throws IOException {
        Map<String, Integer> out = new HashMap<>();
        List<String> stack = new ArrayList<>();
        String field = "";
        try (JsonParser p = json.getFactory().createParser(text)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    stack.add(field);
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    stack.remove(stack.size() - 1);
                } else if (t == JsonToken.FIELD_NAME) {
                    field = p.currentName();
                    List<String> path = new ArrayList<>(stack.subList(Math.min(1, stack.size()), stack.size()));
                    path.add(field);
                    out.putIfAbsent(String.join("/", path), p.currentTokenLocation().getLineNr());
                }
            }
        }
        return out;
    }
}
