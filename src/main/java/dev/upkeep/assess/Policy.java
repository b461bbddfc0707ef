package dev.upkeep.assess;

import static java.util.Objects.requireNonNull;

import dev.upkeep.calendar.Cadence;
import dev.upkeep.calendar.CalendarSection;
import dev.upkeep.domain.Severity;
import dev.upkeep.versioning.UpdateType;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The signal→action table that turns findings into classes, due dates and cadences. Its defaults
 * ({@link #DEFAULTS}) are the scheduled-maintenance runbook's; docs/plan.md names the line of the
 * runbook behind each.
 *
 * @param zone the time zone due dates and freeze days are reckoned in
 * @param advisories by advisory severity
 * @param endOfLife for a release cycle past its end of life
 * @param endOfLifeSoon for a cycle that reaches its end of life within {@code endOfLifeSoonDays}
 * @param updates by update type (patch, minor, major)
 * @param hygiene for hygiene findings (lint rules), by severity
 * @param operations for findings of live probes ({@code check}, {@code drill}), by severity
 * @param rollback the thresholds each wave is rolled back on
 */
public record Policy(
        ZoneId zone,
        Map<Severity, PolicyRule> advisories,
        PolicyRule endOfLife,
        PolicyRule endOfLifeSoon,
        int endOfLifeSoonDays,
        Map<UpdateType, PolicyRule> updates,
        Map<Severity, PolicyRule> hygiene,
        Map<Severity, PolicyRule> operations,
        RollbackCriteria rollback) {

    public static final Policy DEFAULTS = new Policy(
            CalendarSection.DEFAULT_ZONE,
            severities(PolicyRule.urgent(Duration.ofHours(24)).withTransitiveWithin(Duration.ofHours(48)),
                    PolicyRule.urgent(Duration.ofHours(48)),
                    PolicyRule.planned(Cadence.MONTHLY), PolicyRule.planned(Cadence.MONTHLY), PolicyRule.planned(Cadence.MONTHLY)),
            PolicyRule.urgent(Duration.ofHours(72)),
            PolicyRule.planned(Cadence.QUARTERLY),
            90,
            updates(PolicyRule.planned(Cadence.MONTHLY), PolicyRule.planned(Cadence.MONTHLY),
                    PolicyRule.defer(Cadence.SEMI_ANNUAL, Cadence.QUARTERLY)),
            severities(PolicyRule.urgent(Duration.ofHours(24)), PolicyRule.planned(Cadence.MONTHLY),
                    PolicyRule.planned(Cadence.QUARTERLY), PolicyRule.defer(Cadence.SEMI_ANNUAL, null),
                    PolicyRule.defer(Cadence.SEMI_ANNUAL, null)),
            severities(PolicyRule.urgent(Duration.ofHours(24)), PolicyRule.urgent(Duration.ofHours(48)),
                    PolicyRule.planned(Cadence.MONTHLY), PolicyRule.planned(Cadence.QUARTERLY),
                    PolicyRule.defer(Cadence.SEMI_ANNUAL, null)),
            new RollbackCriteria(1.0, 10.0, Duration.ofMillis(500), Duration.ofHours(48)));

    public Policy {
        requireNonNull(zone, "zone is null");
        advisories = complete(advisories, Severity.class, "advisories");
        requireNonNull(endOfLife, "endOfLife is null");
        requireNonNull(endOfLifeSoon, "endOfLifeSoon is null");
        updates = Collections.unmodifiableMap(new EnumMap<>(updates));
        for (UpdateType t : new UpdateType[] {UpdateType.PATCH, UpdateType.MINOR, UpdateType.MAJOR}) {
            if (!updates.containsKey(t)) {
                throw new IllegalArgumentException("updates has no rule for " + t.id());
            }
        }
        hygiene = complete(hygiene, Severity.class, "hygiene");
        operations = complete(operations, Severity.class, "operations");
        requireNonNull(rollback, "rollback is null");
    }

    /** The rule for an update of this type; pre-release steps count as patches. */
    public PolicyRule update(UpdateType type) {
        return updates.getOrDefault(type, updates.get(UpdateType.PATCH));
    }

    static Map<Severity, PolicyRule> severities(PolicyRule critical, PolicyRule high, PolicyRule medium, PolicyRule low, PolicyRule info) {
        Map<Severity, PolicyRule> m = new EnumMap<>(Severity.class);
        m.put(Severity.CRITICAL, critical);
        m.put(Severity.HIGH, high);
        m.put(Severity.MEDIUM, medium);
        m.put(Severity.LOW, low);
        m.put(Severity.INFO, info);
        return m;
    }

    static Map<UpdateType, PolicyRule> updates(PolicyRule patch, PolicyRule minor, PolicyRule major) {
        Map<UpdateType, PolicyRule> m = new EnumMap<>(UpdateType.class);
        m.put(UpdateType.PATCH, patch);
        m.put(UpdateType.MINOR, minor);
        m.put(UpdateType.MAJOR, major);
        return m;
    }

    private static <K extends Enum<K>> Map<K, PolicyRule> complete(Map<K, PolicyRule> m, Class<K> type, String what) {
        Map<K, PolicyRule> copy = new EnumMap<>(type);
        copy.putAll(m);
        for (K k : type.getEnumConstants()) {
            if (!copy.containsKey(k)) {
                throw new IllegalArgumentException(what + " has no rule for " + k.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return Collections.unmodifiableMap(copy);
    }
}
