package dev.upkeep.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.upkeep.config.SafeYaml;
import dev.upkeep.config.YamlNode;
import dev.upkeep.config.YamlNode.Mapping;
import dev.upkeep.config.YamlNode.Scalar;
import dev.upkeep.config.YamlNode.Sequence;
import dev.upkeep.config.YamlSyntaxException;
import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Inventory;
import dev.upkeep.domain.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads {@link RepoFacts} from a stack: the {@code run:} steps of its GitHub workflows that install,
 * lint, type-check, test or build (with their working directory); the {@code lint}, {@code typecheck},
 * {@code test} and {@code build} scripts of each package.json the inventory found; for Python
 * folders without CI commands, the checks of the tools they declare; and its Compose services. A
 * file that cannot be read is skipped: the scan and lint report it.
 */
public final class RepoFactsReader {
    private static final Pattern VERIFY = Pattern.compile(
            "^(npm|pnpm|yarn|npx|pip|pip3|python -m pip|pytest|python -m pytest|ruff|mypy|tox|nox|poetry|uv|tsc|eslint|vitest|jest|"
                    + "make (test|lint|check|build)).*");
    private static final Pattern COMPOSE = Pattern.compile("(.*/)?(docker-)?compose[^/]*\\.ya?ml");
    private static final List<String> SCRIPTS = List.of("lint", "typecheck", "type-check", "test", "build");
    private static final ObjectMapper JSON = new ObjectMapper();

    private RepoFactsReader() {}

    public static RepoFacts read(Path root, Inventory inventory) {
        List<RepoFacts.Command> commands = new ArrayList<>(workflows(root));
        Set<String> npmDirs = new TreeSet<>();
        Set<String> pyDirs = new TreeSet<>();
        Set<String> composeFiles = new TreeSet<>();
        for (Component c : inventory.components()) {
            for (Location l : c.locations()) {
                String file = l.file();
                String dir = dir(file);
                if (c.ecosystem() == Ecosystem.NPM && file.endsWith("package.json")) {
                    npmDirs.add(dir);
                } else if (c.ecosystem() == Ecosystem.PYPI) {
                    pyDirs.add(dir);
                }
                if (COMPOSE.matcher(file).matches() && !file.contains("override")) {
                    composeFiles.add(file);
                }
            }
        }
        for (String dir : npmDirs) {
            commands.addAll(scripts(root, dir, commands));
        }
        for (String dir : pyDirs) {
            if (commands.stream().noneMatch(c -> c.dir().equals(dir))) {
                commands.addAll(pythonTools(inventory, dir));
            }
        }
        List<RepoFacts.Service> services = new ArrayList<>();
        for (String f : composeFiles) {
            services.addAll(services(root, f));
        }
        return new RepoFacts(commands, services);
    }

    private static List<RepoFacts.Command> workflows(Path root) {
        Path dir = root.resolve(".github/workflows");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
        List<RepoFacts.Command> out = new ArrayList<>();
        for (Path f : files) {
            String rel = root.relativize(f).toString().replace('\\', '/');
            yaml(f).filter(n -> n instanceof Mapping).flatMap(n -> ((Mapping) n).get("jobs")).filter(n -> n instanceof Mapping)
                    .ifPresent(jobs -> ((Mapping) jobs).entries().forEach(job -> job(job.value(), rel, out)));
        }
        return out;
    }

    private static void job(YamlNode job, String source, List<RepoFacts.Command> out) {
        if (!(job instanceof Mapping m)) {
            return;
        }
        String dir = text(m.get("defaults").flatMap(d -> get(d, "run")).flatMap(r -> get(r, "working-directory"))).orElse("");
        Optional<YamlNode> steps = m.get("steps");
        if (steps.isEmpty() || !(steps.get() instanceof Sequence seq)) {
            return;
        }
        for (YamlNode step : seq.items()) {
            Optional<String> run = text(get(step, "run"));
            if (run.isEmpty()) {
                continue;
            }
            String here = text(get(step, "working-directory")).orElse(dir);
            for (String line : run.get().split("\n")) {
                String cmd = line.strip();
                if (!cmd.isEmpty() && !cmd.startsWith("#") && VERIFY.matcher(cmd).matches()
                        && out.stream().noneMatch(c -> c.dir().equals(norm(here)) && c.run().equals(cmd))) {
                    out.add(new RepoFacts.Command(norm(here), cmd, source));
                }
            }
        }
    }

    private static List<RepoFacts.Command> scripts(Path root, String dir, List<RepoFacts.Command> known) {
        Path manifest = root.resolve(dir.isEmpty() ? "package.json" : dir + "/package.json");
        JsonNode scripts;
        try {
            scripts = JSON.readTree(manifest.toFile()).path("scripts");
        } catch (IOException e) {
            return List.of();
        }
        String pm = Files.exists(manifest.resolveSibling("pnpm-lock.yaml")) ? "pnpm"
                : Files.exists(manifest.resolveSibling("yarn.lock")) ? "yarn" : "npm";
        List<RepoFacts.Command> out = new ArrayList<>();
        String source = dir.isEmpty() ? "package.json" : dir + "/package.json";
        String install = switch (pm) {
            case "pnpm" -> "pnpm install --frozen-lockfile";
            case "yarn" -> "yarn install --frozen-lockfile";
            default -> Files.exists(manifest.resolveSibling("package-lock.json")) ? "npm ci" : "npm install";
        };
        if (known.stream().noneMatch(c -> c.dir().equals(dir) && c.run().startsWith(pm + " "))) {
            out.add(new RepoFacts.Command(dir, install, source));
        }
        for (String s : SCRIPTS) {
            if (scripts.has(s)) {
                String cmd = s.equals("test") ? pm + " test" : pm + " run " + s;
                boolean dup = known.stream().anyMatch(c -> c.dir().equals(dir) && (c.run().equals(cmd)
                        || c.run().equals(pm + " run " + s)));
                if (!dup) {
                    out.add(new RepoFacts.Command(dir, cmd, source));
                }
            }
        }
        return out;
    }

    private static List<RepoFacts.Command> pythonTools(Inventory inventory, String dir) {
        Set<String> names = new TreeSet<>();
        inventory.components().stream().filter(c -> c.ecosystem() == Ecosystem.PYPI)
                .filter(c -> c.locations().stream().anyMatch(l -> dir(l.file()).equals(dir))).forEach(c -> names.add(c.name()));
        List<RepoFacts.Command> out = new ArrayList<>();
        if (names.contains("ruff")) {
            out.add(new RepoFacts.Command(dir, "ruff check .", "installed tools"));
        }
        if (names.contains("mypy")) {
            out.add(new RepoFacts.Command(dir, "mypy .", "installed tools"));
        }
        if (names.contains("pytest")) {
            out.add(new RepoFacts.Command(dir, "pytest", "installed tools"));
        }
        return out;
    }

    private static List<RepoFacts.Service> services(Path root, String file) {
        List<RepoFacts.Service> out = new ArrayList<>();
        yaml(root.resolve(file)).flatMap(n -> get(n, "services")).filter(n -> n instanceof Mapping).ifPresent(services -> {
            for (YamlNode.Entry e : ((Mapping) services).entries()) {
                YamlNode svc = e.value();
                String image = text(get(svc, "image")).orElse(null);
                boolean built = get(svc, "build").isPresent();
                String health = get(svc, "healthcheck").flatMap(h -> get(h, "test")).map(RepoFactsReader::command).orElse(null);
                out.add(new RepoFacts.Service(e.key().value(), file, image, health, built));
            }
        });
        return out;
    }

    /** A health check's test: {@code ["CMD", "pg_isready", "-U", "app"]} or {@code ["CMD-SHELL", "..."]} or a string. */
    private static String command(YamlNode test) {
        if (test instanceof Scalar s) {
            return s.value();
        }
        if (test instanceof Sequence seq) {
            List<String> parts = new ArrayList<>();
            seq.items().forEach(i -> {
                if (i instanceof Scalar s) {
                    parts.add(s.value());
                }
            });
            if (!parts.isEmpty() && (parts.get(0).equals("CMD") || parts.get(0).equals("CMD-SHELL"))) {
                parts.remove(0);
            }
            return parts.isEmpty() || parts.get(0).equals("NONE") ? null : String.join(" ", parts);
        }
        return null;
    }

    private static Optional<YamlNode> yaml(Path f) {
        try {
            if (!Files.isRegularFile(f) || Files.size(f) > (1 << 20)) {
                return Optional.empty();
            }
            return SafeYaml.parse(Files.readString(f));
        } catch (IOException | YamlSyntaxException | java.io.UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static Optional<YamlNode> get(YamlNode n, String key) {
        return n instanceof Mapping m ? m.get(key) : Optional.empty();
    }

    private static Optional<String> text(Optional<YamlNode> n) {
        return n.filter(x -> x instanceof Scalar s && !s.isNull()).map(x -> ((Scalar) x).value());
    }

    private static String dir(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "" : file.substring(0, slash);
    }

    private static String norm(String dir) {
        String d = dir.replace('\\', '/');
        while (d.startsWith("./")) {
            d = d.substring(2);
        }
        return d.equals(".") ? "" : d.endsWith("/") ? d.substring(0, d.length() - 1) : d;
    }
}
