package dev.upkeep.domain;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Something to act on, from drift, a hygiene rule or a probe.
 *
 * @param ruleId the stable, path-like id of what produced it ({@code dockerfile/non-root-user},
 *     {@code advisory}, {@code probe/tls-expiry}); used in SARIF and ignores
 * @param subject what it is about, stable across runs: a component, an advisory id, a service
 * @param severity how bad it is
 * @param message what is wrong and where, in one sentence
 * @param location where, or {@code null} for a live target
 * @param fix how to fix it
 * @param evidence facts behind it (measured values, matched ranges), sorted by key
 * @param findingClass urgent, planned or defer; {@code null} until the policy classifies it
 * @param due when it must be done by; {@code null} until classified
 * @param cadence the cadence occurrence it belongs to; {@code null} until classified
 */
public record Finding(
        String ruleId,
        String subject,
        Severity severity,
        String message,
        Location location,
        String fix,
        Map<String, String> evidence,
        FindingClass findingClass,
        LocalDate due,
        String cadence) {

    public Finding {
        requireNonNull(ruleId, "ruleId is null");
        requireNonNull(subject, "subject is null");
        requireNonNull(severity, "severity is null");
        requireNonNull(message, "message is null");
        requireNonNull(fix, "fix is null");
        evidence = Collections.unmodifiableMap(new TreeMap<>(evidence));
    }

    /** A finding not yet classified by the policy. */
    public static Finding of(String ruleId, String subject, Severity severity, String message, Location location, String fix) {
        return new Finding(ruleId, subject, severity, message, location, fix, Map.of(), null, null, null);
    }

    /** The fingerprint that identifies this finding across runs (ledger, ignores, SARIF). */
    public String id() {
        return ruleId + ":" + subject + (location == null ? "" : "@" + location.file());
    }

    public Finding withEvidence(Map<String, String> more) {
        Map<String, String> all = new TreeMap<>(evidence);
        all.putAll(more);
        return new Finding(ruleId, subject, severity, message, location, fix, all, findingClass, due, cadence);
    }

    public Finding classified(FindingClass newClass, LocalDate newDue, String newCadence) {
        return new Finding(ruleId, subject, severity, message, location, fix, evidence, newClass, newDue, newCadence);
    }
}
