package dev.upkeep.probe;

import static java.util.Objects.requireNonNull;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one probe of one target gave.
 *
 * @param family the probe family ({@code http}, {@code tls}, …)
 * @param target what was probed, without secrets
 * @param outcome whether the target could be probed
 * @param elapsed how long the probe took
 * @param measurements the numbers measured, in the order measured
 * @param findings what to act on
 * @param components versioned things found live (a PostgreSQL or Redis server), for drift and
 *     end-of-life checks
 * @param problems checks that could not be made although the target answered (a missing
 *     privilege, an extension not installed), one line each; they make the run partial
 * @param error why the target could not be probed, one line; {@code null} when {@link Outcome#OK}
 */
public record ProbeResult(
        String family,
        String target,
        Outcome outcome,
        Duration elapsed,
        List<Measurement> measurements,
        List<Finding> findings,
        List<Component> components,
        List<String> problems,
        String error) {

    public ProbeResult {
        requireNonNull(family, "family is null");
        requireNonNull(target, "target is null");
        requireNonNull(outcome, "outcome is null");
        requireNonNull(elapsed, "elapsed is null");
        measurements = List.copyOf(measurements);
        findings = List.copyOf(findings);
        components = List.copyOf(components);
        problems = List.copyOf(problems);
        if ((outcome == Outcome.OK) != (error == null)) {
            throw new IllegalArgumentException("a result has an error exactly when it is not OK: " + outcome + ", " + error);
        }
    }

    public boolean probed() {
        return outcome == Outcome.OK;
    }

    public ProbeResult withElapsed(Duration d) {
        return new ProbeResult(family, target, outcome, d, measurements, findings, components, problems, error);
    }

    public ProbeResult withFindings(List<Finding> replaced) {
        return new ProbeResult(family, target, outcome, elapsed, measurements, replaced, components, problems, error);
    }

    /** The first measurement with this name and subject ({@code null} subject: the target itself). */
    public java.util.Optional<Measurement> measurement(String name, String subject) {
        return measurements.stream()
                .filter(m -> m.name().equals(name) && java.util.Objects.equals(m.subject(), subject))
                .findFirst();
    }

    /** A result for a target that could not be probed, with its {@code probe/unreachable} or {@code probe/timeout} finding. */
    public static ProbeResult failed(Probe probe, Outcome outcome, Duration elapsed, String error, Severity severity) {
        String rule = outcome == Outcome.TIMED_OUT ? "probe/timeout" : "probe/unreachable";
        Finding f = Finding.of(rule, probe.target(), severity,
                        probe.family() + " target " + probe.target() + " could not be probed: " + error, null,
                        "Check that the target is up and reachable from here, and its address and credentials in upkeep.yml.")
                .withEvidence(Map.of("elapsedMs", Long.toString(elapsed.toMillis())));
        return new ProbeResult(probe.family(), probe.target(), outcome, elapsed, List.of(), List.of(f), List.of(), List.of(), error);
    }

    public static Builder builder(String family, String target) {
        return new Builder(family, target);
    }

    /** Collects one probe run's numbers and findings; used by one probe on one thread. */
    public static final class Builder {
        private final String family;
        private final String target;
        private final List<Measurement> measurements = new ArrayList<>();
        private final List<Finding> findings = new ArrayList<>();
        private final List<Component> components = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();

        private Builder(String family, String target) {
            this.family = requireNonNull(family, "family is null");
            this.target = requireNonNull(target, "target is null");
        }

        public String target() {
            return target;
        }

        public Builder measure(String name, double value, String unit) {
            measurements.add(Measurement.of(name, value, unit));
            return this;
        }

        public Builder measure(String name, String subject, double value, String unit) {
            measurements.add(new Measurement(name, subject, value, unit));
            return this;
        }

        public Builder finding(Finding f) {
            findings.add(f);
            return this;
        }

        /**
         * Adds a finding about {@code object} within the target ({@code public.orders}), or about
         * the target itself when {@code object} is null. The subject is {@code target#object}.
         */
        public Builder finding(String ruleId, String object, Severity severity, String message, String fix,
                Map<String, String> evidence) {
            String subject = object == null ? target : target + "#" + object;
            return finding(Finding.of(ruleId, subject, severity, message, null, fix).withEvidence(evidence));
        }

        public Builder component(Component c) {
            components.add(c);
            return this;
        }

        public Builder problem(String oneLine) {
            problems.add(oneLine.replace('\n', ' ').strip());
            return this;
        }

        /** The result; the runner sets how long it took. */
        public ProbeResult build() {
            return new ProbeResult(family, target, Outcome.OK, Duration.ZERO, measurements, findings, components, problems, null);
        }
    }
}
