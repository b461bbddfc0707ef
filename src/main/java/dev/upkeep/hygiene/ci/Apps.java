package dev.upkeep.hygiene.ci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkeep.hygiene.LintContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The apps of a repository that CI should gate: folders with a package.json (a Node app) or a
 * Python project file. Folders of tests, fixtures, examples, docs and tooling are not apps, nor is
 * a workspace root (its members are), nor a Python folder inside another Python app.
 */
final class Apps {
    /** One app: its folder ("" for the root), its manifest, and its package.json scripts (Node only). */
    record App(String dir, String manifest, boolean node, Map<String, String> scripts) {
        App {
            scripts = Map.copyOf(scripts);
        }

        String describe() {
            return (dir.isEmpty() ? "the root app" : "app '" + dir + "'") + " (" + manifest + ")";
        }
    }

    private static final Set<String> NOT_APP_SEGMENTS = Set.of(
            "test", "tests", "__tests__", "fixtures", "testdata", "test-data", "examples", "example", "docs", "doc",
            "scripts", "tools", "e2e", ".github", "resources", "samples");
    private static final Set<String> PYTHON_MANIFESTS = Set.of("pyproject.toml", "requirements.txt", "setup.py", "Pipfile");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Apps() {}

    static List<App> find(LintContext context) throws IOException {
        List<App> apps = new ArrayList<>();
        List<String> pythonDirs = new ArrayList<>();
        List<String> paths = context.paths();
        boolean workspaceRoot = paths.contains("pnpm-workspace.yaml");
        for (String path : paths) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            String dir = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
            if (!eligible(dir)) {
                continue;
            }
            if (name.equals("package.json")) {
                Optional<JsonNode> pkg = readJson(context, path);
                if (pkg.isEmpty()) {
                    continue;
                }
                if (dir.isEmpty() && (workspaceRoot || pkg.get().has("workspaces"))) {
                    continue;
                }
                Map<String, String> scripts = new LinkedHashMap<>();
                pkg.get().path("scripts").fields().forEachRemaining(e -> scripts.put(e.getKey(), e.getValue().asText()));
                apps.add(new App(dir, path, true, scripts));
            } else if (PYTHON_MANIFESTS.contains(name) && !pythonDirs.contains(dir)
                    && pythonDirs.stream().noneMatch(p -> p.isEmpty() || dir.startsWith(p + "/"))) {
                pythonDirs.add(dir);
                apps.add(new App(dir, path, false, Map.of()));
            }
        }
        return apps;
    }

    private static boolean eligible(String dir) {
        for (String segment : dir.split("/")) {
            if (NOT_APP_SEGMENTS.contains(segment)) {
                return false;
            }
        }
        return true;
    }

    private static Optional<JsonNode> readJson(LintContext context, String path) throws IOException {
        Optional<String> text = context.read(path);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(text.get())).filter(JsonNode::isObject);
        } catch (IOException e) {
            return Optional.empty(); // a broken package.json is another family's problem to report
        }
    }
}
