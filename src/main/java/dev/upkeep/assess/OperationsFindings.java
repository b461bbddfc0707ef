package dev.upkeep.assess;

import static java.util.Objects.requireNonNull;

import dev.upkeep.calendar.Schedule;
import dev.upkeep.config.IgnoreEntry;
import dev.upkeep.domain.Finding;
import java.time.Instant;
import java.util.List;

/**
 * Puts the findings of live probes ({@code check}, {@code drill restore}) through the policy the
 * way a plan puts drift and lint findings through it: an {@code ignore:} entry in force drops a
 * finding, an expired one keeps it (marked) and resurfaces as {@value IgnoreFilter#EXPIRED_RULE},
 * and what is left gets its class, due date and cadence from {@link Policy#operations()}. Entries
 * that name no probe finding are left to {@code lint} and {@code plan}, which report them.
 */
public final class OperationsFindings {
    private final Classifier classifier;
    private final List<IgnoreEntry> ignores;
    private final Instant detected;
    private final String configFile;

    /** @param now when the probes ran: urgent findings are due their SLA after it */
    public OperationsFindings(Policy policy, Schedule schedule, List<IgnoreEntry> ignores, Instant now, String configFile) {
        this.classifier = new Classifier(policy, schedule, now);
        this.ignores = List.copyOf(ignores);
        this.detected = requireNonNull(now, "now is null");
        this.configFile = requireNonNull(configFile, "configFile is null");
    }

    /** The findings of one target, ignores applied, each classified. */
    public List<Finding> assess(List<Finding> findings) {
        List<IgnoreEntry> relevant = ignores.stream().filter(e -> findings.stream().anyMatch(e::matches)).toList();
        List<Finding> kept = IgnoreFilter.apply(findings, relevant, classifier.today(), configFile).kept();
        return kept.stream().map(f -> classifier.apply(f, detected)).toList();
    }
}
