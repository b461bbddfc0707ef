package dev.upkeep.probe.postgres;

import static java.util.Objects.requireNonNull;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Kind;
import dev.upkeep.domain.Severity;
import dev.upkeep.probe.PgConnect;
import dev.upkeep.probe.PgUrl;
import dev.upkeep.probe.Probe;
import dev.upkeep.probe.ProbeContext;
import dev.upkeep.probe.ProbeResult;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * Looks at one PostgreSQL database through a read-only session: server version (reported as a
 * component, so drift and end-of-life apply), connections, vacuum and analyze, bloat, indexes,
 * wraparound, sessions, cache, size and slow statements. Each check is a few catalog queries, so
 * a database with thousands of tables costs the same handful of round trips.
 */
final class PostgresProbe implements Probe {
    static final List<PgCheck> CHECKS = List.of(new ServerCheck(), new VacuumCheck(), new BloatCheck(), new IndexCheck(),
            new WraparoundCheck(), new SessionsCheck(), new SlowQueryCheck());

    private final PostgresTarget target;

    PostgresProbe(PostgresTarget target) {
        this.target = requireNonNull(target, "target is null");
    }

    @Override
    public String family() {
        return PostgresFamily.ID;
    }

    @Override
    public String target() {
        return target.name();
    }

    @Override
    public Duration timeout() {
        return target.timeout();
    }

    /** The runbook lists database connection failures among the critical alerts. */
    @Override
    public Severity unreachableSeverity() {
        return Severity.CRITICAL;
    }

    @Override
    public ProbeResult run(ProbeContext context) throws SQLException {
        PgUrl url = PgUrl.parse(context.secrets().resolve(target.url()));
        ProbeResult.Builder out = ProbeResult.builder(family(), target());
        try (Connection c = PgConnect.readOnly(url, context.timeout())) {
            Rows.Row v = Rows.one(c, "SELECT current_setting('server_version') AS v, current_setting('server_version_num')::int AS n");
            int num = (int) v.lng("n");
            String version = v.str("v").split(" ")[0];
            out.measure("serverVersion", num, "number");
            out.component(component(version, url));
            PgCheck.Session session = new PgCheck.Session(num, target.thresholds());
            for (PgCheck check : CHECKS) {
                try {
                    check.run(c, session, out);
                } catch (SQLException e) {
                    out.problem(check.name() + ": " + e.getMessage() + (e.getSQLState() == null ? "" : " (SQLSTATE " + e.getSQLState() + ")"));
                    if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
                        throw e;
                    }
                }
            }
        }
        return out.build();
    }

    static Component component(String version, PgUrl url) {
        String purl;
        try {
            purl = new PackageURL("generic", null, "postgresql", version, null, null).canonicalize();
        } catch (MalformedPackageURLException e) {
            purl = "pkg:generic/postgresql";
        }
        return Component.builder(Ecosystem.RUNTIME, Kind.RUNTIME, "postgresql").version(version).purl(purl)
                .property("source", "probe").property("server", url.display()).build();
    }
}
