package dev.upkeep.hygiene.ci;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which quality gates (lint, type check, test) CI runs for an app. A step counts for an app when
 * it runs in the app's folder (working-directory, job or workflow default), names the folder in its
 * script ({@code cd frontend}, {@code --prefix frontend}), runs across all workspaces
 * ({@code pnpm -r}, {@code nx run-many}, {@code turbo run}), or runs at the root for a root app.
 * {@code npm run <script>} counts as what the app's script does.
 */
final class QualityGates {
    enum Gate {
        LINT("lint"), TYPE_CHECK("type check"), TEST("test");

        final String label;

        Gate(String label) {
            this.label = label;
        }
    }

    private static final Pattern LINT = Pattern.compile(
            "\\b(?:lint|eslint|ruff|flake8|pylint|biome|stylelint|super-linter|golangci-lint)\\b|prettier\\s+(?:--check|-c)\\b|black\\s+--check|isort\\s+--check");
    private static final Pattern TYPE_CHECK = Pattern.compile(
            "\\b(?:tsc|typecheck|type-check|check-types|mypy|pyright|vue-tsc|svelte-check)\\b");
    private static final Pattern TEST = Pattern.compile(
            "\\b(?:test|tests|vitest|jest|pytest|mocha|cypress\\s+run|tox|nox|unittest)\\b");
    private static final Pattern RECURSIVE = Pattern.compile(
            "(?:^|\\s)(?:-r|--recursive|--workspaces|-ws)(?:\\s|$)|\\brun-many\\b|\\bturbo\\s+(?:run\\s+)?\\w|\\blerna\\s+run\\b|\\bnx\\s+affected\\b");
    private static final Pattern SCRIPT_CALL = Pattern.compile("\\b(?:npm|pnpm|yarn|bun)\\s+(?:run(?:-script)?\\s+)?([\\w:.-]+)");

    private QualityGates() {}

    static Set<Gate> found(Apps.App app, List<Workflow> workflows) {
        Set<Gate> gates = EnumSet.noneOf(Gate.class);
        for (Workflow w : workflows) {
            for (Step step : w.steps()) {
                if (!applies(step, app)) {
                    continue;
                }
                String text = expandScripts(step.text(), app);
                if (LINT.matcher(text).find()) {
                    gates.add(Gate.LINT);
                }
                if (TYPE_CHECK.matcher(text).find()) {
                    gates.add(Gate.TYPE_CHECK);
                }
                if (TEST.matcher(text).find()) {
                    gates.add(Gate.TEST);
                }
            }
        }
        return gates;
    }

    private static boolean applies(Step step, Apps.App app) {
        String wd = step.workingDirectory();
        if (!app.dir().isEmpty() && (wd.equals(app.dir()) || wd.startsWith(app.dir() + "/"))) {
            return true;
        }
        if (app.dir().isEmpty()) {
            return wd.isEmpty();
        }
        String text = step.text();
        Pattern mentions = Pattern.compile("(?<![\\w.-])(?:\\./)?" + Pattern.quote(app.dir()) + "(?![\\w-])");
        return mentions.matcher(text).find() || (wd.isEmpty() && RECURSIVE.matcher(step.run()).find());
    }

    /** The step's text plus the bodies of the package.json scripts it calls. */
    private static String expandScripts(String text, Apps.App app) {
        if (app.scripts().isEmpty()) {
            return text;
        }
        List<String> bodies = new ArrayList<>();
        Matcher m = SCRIPT_CALL.matcher(text);
        while (m.find()) {
            String body = app.scripts().get(m.group(1));
            if (body != null) {
                bodies.add(body);
            }
        }
        return bodies.isEmpty() ? text : text + "\n" + String.join("\n", bodies);
    }
}
