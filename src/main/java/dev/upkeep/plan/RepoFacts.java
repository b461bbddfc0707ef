package dev.upkeep.plan;

import java.util.List;

/**
 * What the repository says about verifying and rolling back a change: the commands its CI and its
 * manifests run (per folder), and the Compose services with their images and health checks.
 *
 * @param commands verification commands in the order to run them, per folder
 * @param services the Compose services of the production files (overrides left out)
 */
public record RepoFacts(List<Command> commands, List<Service> services) {
    public static final RepoFacts NONE = new RepoFacts(List.of(), List.of());

    public RepoFacts {
        commands = List.copyOf(commands);
        services = List.copyOf(services);
    }

    /**
     * One command: where to run it, what, and where upkeep found it.
     *
     * @param dir the folder, relative to the stack's root ({@code ""} for the root)
     * @param source {@code .github/workflows/ci.yml}, {@code frontend/package.json}, or
     *     {@code installed tools} for a command inferred from a declared tool (pytest, ruff)
     */
    public record Command(String dir, String run, String source) {}

    /**
     * A Compose service.
     *
     * @param image its image reference as written, or null when it is only built
     * @param healthcheck its health check command, or null
     * @param built built from the repository ({@code build:}), so rolling back means its previous tag
     */
    public record Service(String name, String file, String image, String healthcheck, boolean built) {}

    public List<Command> commandsIn(String dir) {
        return commands.stream().filter(c -> c.dir().equals(dir)).toList();
    }
}
