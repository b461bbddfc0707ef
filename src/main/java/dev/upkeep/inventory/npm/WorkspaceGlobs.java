package dev.upkeep.inventory.npm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code workspaces} patterns of a package.json ({@code packages/*}, {@code apps/**}), matched
 * against folder paths relative to the project root, as npm, yarn and bun match them.
 */
public final class WorkspaceGlobs {
    private final List<Pattern> include = new ArrayList<>();
    private final List<Pattern> exclude = new ArrayList<>();

    public WorkspaceGlobs(List<String> patterns) {
        for (String p : patterns) {
            String glob = p.strip();
            boolean negated = glob.startsWith("!");
            (negated ? exclude : include).add(compile(negated ? glob.substring(1) : glob));
        }
    }

    /** A manifest's {@code workspaces}: a list of patterns, or {@code {"packages": [...]}} (yarn's form). */
    public static WorkspaceGlobs of(JsonNode workspaces) {
        JsonNode list = workspaces.isObject() ? workspaces.path("packages") : workspaces;
        List<String> patterns = new ArrayList<>();
        list.forEach(n -> {
            if (n.isTextual()) {
                patterns.add(n.asText());
            }
        });
        return new WorkspaceGlobs(patterns);
    }

    public boolean isEmpty() {
        return include.isEmpty();
    }

    /** Whether folder {@code path} ({@code packages/app}, forward slashes) is a workspace. */
    public boolean matches(String path) {
        String p = normalise(path);
        return include.stream().anyMatch(g -> g.matcher(p).matches()) && exclude.stream().noneMatch(g -> g.matcher(p).matches());
    }

    private static Pattern compile(String glob) {
        String g = normalise(glob);
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            if (c == '*' && i + 1 < g.length() && g.charAt(i + 1) == '*') {
                boolean slash = i + 2 < g.length() && g.charAt(i + 2) == '/';
                re.append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            } else if (c == '*') {
                re.append("[^/]*");
            } else if (c == '?') {
                re.append("[^/]");
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString());
    }

    private static String normalise(String path) {
        String p = path.replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }
}
