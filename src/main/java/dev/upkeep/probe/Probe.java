package dev.upkeep.probe;

import dev.upkeep.domain.Severity;
import java.time.Duration;

/**
 * One check of one live target: a health URL, a TLS endpoint, a database, a backup location.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link #run} measures and judges; it never changes the target (a PostgreSQL probe opens a
 *       read-only session, an HTTP probe only sends {@code GET}).
 *   <li>It honours {@link ProbeContext#timeout()} in every blocking call (connect, read, query),
 *       so the runner's watchdog is a last resort, not the normal way a probe ends.
 *   <li>A target that answers badly is a result with findings. A target that cannot be probed at
 *       all (refused, unknown host, bad credentials, missing secret) is an exception whose message
 *       says what failed, in one line, without any secret: the runner turns it into a failed
 *       result and a {@code probe/unreachable} finding. Either way the run goes on.
 * </ul>
 * Implementations are immutable and safe to run on any thread.
 */
public interface Probe {
    /** The family id ({@code http}, {@code tls}, {@code postgres}, …), as {@code --only} takes it. */
    String family();

    /** What is probed, for reports and finding subjects; never holds a secret. */
    String target();

    /** How long this probe may take before the runner gives up on it. */
    Duration timeout();

    /** The severity of the finding when the target cannot be probed at all. */
    default Severity unreachableSeverity() {
        return Severity.HIGH;
    }

    /**
     * Probes the target.
     *
     * @return what was measured and found
     * @throws Exception when the target cannot be probed at all; the message is shown as is
     */
    ProbeResult run(ProbeContext context) throws Exception;
}
