package dev.upkeep.assess;

import dev.upkeep.calendar.Cadence;
import dev.upkeep.calendar.CalendarSection;
import dev.upkeep.config.ConfigNodes;
import dev.upkeep.config.UpkeepConfig;
import dev.upkeep.config.YamlNode;
import dev.upkeep.config.YamlNode.Mapping;
import dev.upkeep.config.YamlNode.Scalar;
import dev.upkeep.domain.FindingClass;
import dev.upkeep.domain.Severity;
import dev.upkeep.versioning.UpdateType;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code policy:} of upkeep.yml over {@link Policy#DEFAULTS}: every field may be left out.
 * An entry that keeps its default class merges field by field; an entry that changes the class
 * takes only what it says, and must then say what that class needs ({@code within} for urgent,
 * {@code cadence} otherwise).
 */
public final class PolicySection {
    static final List<String> KEYS = List.of("zone", "advisories", "lifecycle", "updates", "hygiene", "operations", "rollback");
    static final List<String> SEVERITIES = List.of("critical", "high", "medium", "low", "info");
    static final List<String> LIFECYCLE_KEYS = List.of("eol", "eolWithin");
    static final List<String> UPDATE_KEYS = List.of("patch", "minor", "major");
    static final List<String> RULE_KEYS = List.of("class", "within", "transitiveWithin", "cadence", "adopt");
    static final List<String> ROLLBACK_KEYS = List.of("errorRate", "latencyRegression", "latencyP95", "watch");

    private PolicySection() {}

    public static Policy read(UpkeepConfig config) {
        ConfigNodes nodes = new ConfigNodes(config.file().orElse("upkeep.yml"));
        Optional<YamlNode> section = config.section("policy").filter(n -> !(n instanceof Scalar s && s.isNull()));
        ZoneId fallbackZone = CalendarSection.firstWindowZone(config).orElse(Policy.DEFAULTS.zone());
        if (section.isEmpty()) {
            return withZone(Policy.DEFAULTS, fallbackZone);
        }
        Mapping m = nodes.mapping(section.get(), "policy");
        nodes.onlyKnownKeys(m, "policy", KEYS);
        Policy d = Policy.DEFAULTS;
        ZoneId zone = nodes.optional(m, "zone").map(z -> zone(z, nodes)).orElse(fallbackZone);
        Map<Severity, PolicyRule> advisories = severities(nodes.optional(m, "advisories"), nodes, "policy.advisories", d.advisories());
        PolicyRule eol = d.endOfLife();
        PolicyRule eolSoon = d.endOfLifeSoon();
        int eolDays = d.endOfLifeSoonDays();
        Optional<YamlNode> lifecycle = nodes.optional(m, "lifecycle");
        if (lifecycle.isPresent()) {
            Mapping lm = nodes.mapping(lifecycle.get(), "policy.lifecycle");
            nodes.onlyKnownKeys(lm, "policy.lifecycle", LIFECYCLE_KEYS);
            Optional<YamlNode> e = nodes.optional(lm, "eol");
            if (e.isPresent()) {
                eol = rule(e.get(), nodes, "policy.lifecycle.eol", eol, List.of());
            }
            Optional<YamlNode> soon = nodes.optional(lm, "eolWithin");
            if (soon.isPresent()) {
                eolSoon = rule(soon.get(), nodes, "policy.lifecycle.eolWithin", eolSoon, List.of("days"));
                Optional<YamlNode> days = nodes.optional((Mapping) soon.get(), "days");
                if (days.isPresent()) {
                    eolDays = ConfigValues.positiveInt(days.get(), nodes, "policy.lifecycle.eolWithin.days");
                }
            }
        }
        Map<UpdateType, PolicyRule> updates = new EnumMap<>(d.updates());
        Optional<YamlNode> u = nodes.optional(m, "updates");
        if (u.isPresent()) {
            Mapping um = nodes.mapping(u.get(), "policy.updates");
            nodes.onlyKnownKeys(um, "policy.updates", UPDATE_KEYS);
            for (YamlNode.Entry e : um.entries()) {
                UpdateType t = UpdateType.valueOf(e.key().value().toUpperCase(Locale.ROOT));
                updates.put(t, rule(e.value(), nodes, "policy.updates." + e.key().value(), updates.get(t), List.of()));
            }
        }
        Map<Severity, PolicyRule> hygiene = severities(nodes.optional(m, "hygiene"), nodes, "policy.hygiene", d.hygiene());
        Map<Severity, PolicyRule> operations = severities(nodes.optional(m, "operations"), nodes, "policy.operations", d.operations());
        RollbackCriteria rollback = rollback(nodes.optional(m, "rollback"), nodes, d.rollback());
        return new Policy(zone, advisories, eol, eolSoon, eolDays, updates, hygiene, operations, rollback);
    }

    private static Policy withZone(Policy p, ZoneId zone) {
        return new Policy(zone, p.advisories(), p.endOfLife(), p.endOfLifeSoon(), p.endOfLifeSoonDays(), p.updates(), p.hygiene(),
                p.operations(), p.rollback());
    }

    private static Map<Severity, PolicyRule> severities(Optional<YamlNode> node, ConfigNodes nodes, String field,
            Map<Severity, PolicyRule> defaults) {
        Map<Severity, PolicyRule> out = new EnumMap<>(defaults);
        if (node.isEmpty()) {
            return out;
        }
        Mapping m = nodes.mapping(node.get(), field);
        nodes.onlyKnownKeys(m, field, SEVERITIES);
        for (YamlNode.Entry e : m.entries()) {
            Severity s = Severity.fromId(e.key().value());
            out.put(s, rule(e.value(), nodes, field + "." + e.key().value(), out.get(s), List.of()));
        }
        return out;
    }

    /** One rule over its default; {@code extraKeys} are keys the caller reads itself. */
    static PolicyRule rule(YamlNode node, ConfigNodes nodes, String field, PolicyRule dflt, List<String> extraKeys) {
        Mapping m = nodes.mapping(node, field);
        List<String> known = new java.util.ArrayList<>(RULE_KEYS);
        known.addAll(extraKeys);
        nodes.onlyKnownKeys(m, field, known);
        Optional<YamlNode> classNode = nodes.optional(m, "class");
        FindingClass cls = classNode.map(c -> ConfigValues.findingClass(c, nodes, field + ".class")).orElse(dflt.findingClass());
        boolean sameClass = cls == dflt.findingClass();
        Duration within = value(m, "within", nodes, field, sameClass ? dflt.within() : null, ConfigValues::duration);
        Duration transitive = value(m, "transitiveWithin", nodes, field, sameClass ? dflt.transitiveWithin() : null, ConfigValues::duration);
        Cadence cadence = value(m, "cadence", nodes, field, sameClass ? dflt.cadence() : null, ConfigValues::cadence);
        Cadence adopt = value(m, "adopt", nodes, field, sameClass ? dflt.adopt() : null, ConfigValues::cadence);
        if (cls == FindingClass.URGENT) {
            notFor(m, nodes, field, "cadence", "urgent work is out of band, not in a cadence");
            notFor(m, nodes, field, "adopt", "only deferred work is adopted later");
            if (within == null) {
                throw nodes.fail(m, field + ".within", "an urgent rule needs 'within' (its SLA, such as 24h)");
            }
        } else {
            notFor(m, nodes, field, "within", "only urgent work has an SLA; planned and deferred work follow their cadence");
            notFor(m, nodes, field, "transitiveWithin", "only urgent work has an SLA");
            if (cls == FindingClass.PLANNED) {
                notFor(m, nodes, field, "adopt", "only deferred work is adopted later");
            }
            if (cadence == null) {
                throw nodes.fail(m, field + ".cadence", "a " + cls.id() + " rule needs 'cadence' (monthly, quarterly, semi-annual, ...)");
            }
        }
        return new PolicyRule(cls, within, transitive, cadence, adopt);
    }

    private static void notFor(Mapping m, ConfigNodes nodes, String field, String key, String why) {
        Optional<YamlNode> n = nodes.optional(m, key);
        if (n.isPresent()) {
            throw nodes.fail(n.get(), field + "." + key, why);
        }
    }

    private interface Reader<T> {
        T read(YamlNode node, ConfigNodes nodes, String field);
    }

    private static <T> T value(Mapping m, String key, ConfigNodes nodes, String field, T dflt, Reader<T> reader) {
        return nodes.optional(m, key).map(n -> reader.read(n, nodes, field + "." + key)).orElse(dflt);
    }

    private static RollbackCriteria rollback(Optional<YamlNode> node, ConfigNodes nodes, RollbackCriteria d) {
        if (node.isEmpty()) {
            return d;
        }
        Mapping m = nodes.mapping(node.get(), "policy.rollback");
        nodes.onlyKnownKeys(m, "policy.rollback", ROLLBACK_KEYS);
        String f = "policy.rollback";
        return new RollbackCriteria(
                value(m, "errorRate", nodes, f, d.errorRatePercent(), ConfigValues::percent),
                value(m, "latencyRegression", nodes, f, d.latencyRegressionPercent(), ConfigValues::percent),
                value(m, "latencyP95", nodes, f, d.latencyP95(), ConfigValues::duration),
                value(m, "watch", nodes, f, d.watch(), ConfigValues::duration));
    }

    private static ZoneId zone(YamlNode node, ConfigNodes nodes) {
        String text = nodes.string(node, "policy.zone");
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw nodes.fail(node, "policy.zone", "'" + text + "' is not a time zone (a tz database name such as Europe/Brussels)");
        }
    }
}
