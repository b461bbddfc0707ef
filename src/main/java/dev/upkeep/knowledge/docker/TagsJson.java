package dev.upkeep.knowledge.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One page of {@code GET /v2/<name>/tags/list}: {@code {"name": …, "tags": […]}} ({@code tags} may be null). */
record TagsJson(String name, List<String> tags) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*((?:;\\s*[^;,]*)*)");

    static TagsJson read(byte[] body) throws IOException {
        JsonNode root = JSON.readTree(body);
        if (root == null || !root.isObject() || !(root.path("tags").isArray() || root.path("tags").isNull() || root.path("tags").isMissingNode())
                || !root.has("name")) {
            throw new IOException("not a tag list (no name, or tags is not a list)");
        }
        List<String> tags = new ArrayList<>();
        root.path("tags").forEach(t -> tags.add(t.asText()));
        return new TagsJson(root.path("name").asText(), tags);
    }

    /** The {@code rel="next"} target of a {@code Link} header, resolved against the page; null when there is none. */
    static URI next(String link, URI page) {
        if (link == null) {
            return null;
        }
        Matcher m = LINK.matcher(link);
        while (m.find()) {
            if (m.group(2).matches("(?i).*;\\s*rel\\s*=\\s*\"?next\"?.*")) {
                try {
                    return page.resolve(m.group(1).strip());
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
