package dev.upkeep.hygiene.compose;

import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.RuleInfo;
import java.util.List;

/** The Compose rules; each has a page in docs/rules/compose/. */
final class ComposeRules {
    static final RuleInfo NO_HEALTHCHECK = new RuleInfo("compose/no-healthcheck", Severity.MEDIUM,
            "A long-running service has no health check",
            "Add a healthcheck that probes real readiness (pg_isready, redis-cli ping, an HTTP /health endpoint), or a HEALTHCHECK in the image's Dockerfile.");
    static final RuleInfo UNREADY_DEPENDENCY = new RuleInfo("compose/depends-on-unready-database", Severity.MEDIUM,
            "A service depends on a database without waiting for it to be healthy",
            "Use the long depends_on form with 'condition: service_healthy', and give the database a healthcheck.");
    static final RuleInfo DATA_NOT_PERSISTED = new RuleInfo("compose/database-data-not-persisted", Severity.HIGH,
            "A database keeps its data in the container, not on a named volume or bind mount",
            "Mount a named volume (or a bind mount) on the database's data directory, e.g. 'pgdata:/var/lib/postgresql/data'.");
    static final RuleInfo LITERAL_SECRET = new RuleInfo("compose/literal-secret", Severity.HIGH,
            "A secret is written into the Compose file instead of injected at run time",
            "Reference it as ${VAR} from an untracked .env or the deployment's secret store, or use Compose 'secrets:'; then rotate the exposed value.");
    static final RuleInfo UNPINNED_IMAGE = new RuleInfo("compose/unpinned-image", Severity.MEDIUM,
            "An image is untagged or tagged 'latest', so every pull may bring a different version",
            "Pin a version tag (postgres:16.4-alpine) or a digest, and move it on purpose in a maintenance window.");
    static final RuleInfo DOCKER_SOCKET = new RuleInfo("compose/docker-socket", Severity.HIGH,
            "The Docker socket is mounted into a container, which gives it root on the host",
            "Remove the mount; if the service must watch containers, put a socket proxy with a read-only allow-list in front.");
    static final RuleInfo PRIVILEGED = new RuleInfo("compose/privileged", Severity.HIGH,
            "A service runs privileged, with every capability and device of the host",
            "Remove 'privileged: true' and add only the capabilities or devices the service needs (cap_add, devices).");
    static final RuleInfo DATABASE_PORT_PUBLISHED = new RuleInfo("compose/database-port-published", Severity.MEDIUM,
            "A database port is published on all interfaces of the host",
            "Drop the port mapping (services reach the database over the Compose network), or bind it to loopback: '127.0.0.1:5432:5432'.");
    static final RuleInfo NO_RESTART_POLICY = new RuleInfo("compose/no-restart-policy", Severity.LOW,
            "A long-running service has no restart policy, so a crash or a reboot leaves it down",
            "Add 'restart: unless-stopped' (or deploy.restart_policy for Swarm).");

    static final List<RuleInfo> ALL = List.of(NO_HEALTHCHECK, UNREADY_DEPENDENCY, DATA_NOT_PERSISTED, LITERAL_SECRET,
            UNPINNED_IMAGE, DOCKER_SOCKET, PRIVILEGED, DATABASE_PORT_PUBLISHED, NO_RESTART_POLICY);

    private ComposeRules() {}
}
