package dev.upkeep.calendar;

import dev.upkeep.config.ConfigNodes;
import dev.upkeep.config.UpkeepConfig;
import dev.upkeep.config.YamlNode;
import dev.upkeep.config.YamlNode.Mapping;
import dev.upkeep.config.YamlNode.Scalar;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code windows:} and {@code freeze:} of upkeep.yml into a {@link Schedule}. A section
 * that is absent keeps the runbook's default ({@link #DEFAULT_WINDOWS}, {@link #DEFAULT_FREEZES});
 * a section that is present replaces it, so {@code freeze: []} means no freeze.
 */
public final class CalendarSection {
    /** The runbook's zone: its windows are in CET, which the tz database now links to Europe/Brussels. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Brussels");

    /** "Production (non-breaking) | Tuesday or Wednesday, 06:00–08:00 CET"; "(breaking/migration) | Saturday, 06:00–10:00 CET". */
    public static final List<Window> DEFAULT_WINDOWS = List.of(
            new Window("non-breaking", WindowKind.NON_BREAKING, EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY),
                    LocalTime.of(6, 0), LocalTime.of(8, 0), DEFAULT_ZONE),
            new Window("breaking", WindowKind.BREAKING, EnumSet.of(DayOfWeek.SATURDAY),
                    LocalTime.of(6, 0), LocalTime.of(10, 0), DEFAULT_ZONE));

    /** "December | Monthly (light) | Security patches only — avoid major changes during holiday period". */
    public static final List<Freeze> DEFAULT_FREEZES = List.of(new Freeze("holidays",
            new FreezeSpan.Yearly(MonthDay.of(12, 1), MonthDay.of(12, 31)), Set.of("security"),
            "security patches only during the holiday period"));

    static final List<String> WINDOW_KEYS = List.of("name", "kind", "days", "from", "to", "zone");
    static final List<String> FREEZE_KEYS = List.of("name", "from", "to", "allow", "reason");

    private CalendarSection() {}

    /**
     * The schedule of {@code config}; {@code zone} is the policy's zone, used for windows that name
     * none and for freeze days.
     */
    public static Schedule read(UpkeepConfig config, ZoneId zone) {
        ConfigNodes nodes = new ConfigNodes(config.file().orElse("upkeep.yml"));
        List<Window> windows = config.section("windows").map(n -> windows(n, nodes, zone)).orElse(DEFAULT_WINDOWS);
        List<Freeze> freezes = config.section("freeze").map(n -> freezes(n, nodes)).orElse(DEFAULT_FREEZES);
        return new Schedule(windows, freezes, zone);
    }

    /** The zone of the first configured window, for a policy that names no zone. */
    public static Optional<ZoneId> firstWindowZone(UpkeepConfig config) {
        ConfigNodes nodes = new ConfigNodes(config.file().orElse("upkeep.yml"));
        return config.section("windows").flatMap(n -> items(n, nodes, "windows").stream().findFirst())
                .flatMap(w -> w instanceof Mapping m ? nodes.optional(m, "zone") : Optional.empty())
                .map(z -> zone(z, nodes, "windows[0].zone"));
    }

    private static List<Window> windows(YamlNode node, ConfigNodes nodes, ZoneId policyZone) {
        List<Window> out = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        List<YamlNode> items = items(node, nodes, "windows");
        for (int i = 0; i < items.size(); i++) {
            String field = "windows[" + i + "]";
            Mapping m = nodes.mapping(items.get(i), field);
            nodes.onlyKnownKeys(m, field, WINDOW_KEYS);
            String name = nodes.string(nodes.required(m, "name", field + ".name"), field + ".name");
            if (!names.add(name)) {
                throw nodes.fail(m, field + ".name", "'" + name + "' is used by another window");
            }
            WindowKind kind = nodes.optional(m, "kind").map(k -> {
                try {
                    return WindowKind.fromId(nodes.string(k, field + ".kind"));
                } catch (IllegalArgumentException e) {
                    throw nodes.fail(k, field + ".kind", e.getMessage());
                }
            }).orElse(WindowKind.NON_BREAKING);
            Set<DayOfWeek> days = days(nodes.required(m, "days", field + ".days"), nodes, field + ".days");
            LocalTime from = time(nodes.required(m, "from", field + ".from"), nodes, field + ".from");
            LocalTime to = time(nodes.required(m, "to", field + ".to"), nodes, field + ".to");
            if (to.equals(from)) {
                throw nodes.fail(m, field + ".to", "the window ends when it starts (" + from + ")");
            }
            ZoneId zone = nodes.optional(m, "zone").map(z -> zone(z, nodes, field + ".zone")).orElse(policyZone);
            out.add(new Window(name, kind, days, from, to, zone));
        }
        return out;
    }

    private static List<Freeze> freezes(YamlNode node, ConfigNodes nodes) {
        List<Freeze> out = new ArrayList<>();
        List<YamlNode> items = items(node, nodes, "freeze");
        for (int i = 0; i < items.size(); i++) {
            String field = "freeze[" + i + "]";
            Mapping m = nodes.mapping(items.get(i), field);
            nodes.onlyKnownKeys(m, field, FREEZE_KEYS);
            String name = nodes.optional(m, "name").map(n -> nodes.string(n, field + ".name")).orElse("freeze " + (i + 1));
            YamlNode fromNode = nodes.required(m, "from", field + ".from");
            YamlNode toNode = nodes.required(m, "to", field + ".to");
            FreezeSpan span = span(fromNode, toNode, nodes, field);
            Set<String> allow = new LinkedHashSet<>();
            Optional<YamlNode> allowNode = nodes.optional(m, "allow");
            if (allowNode.isPresent()) {
                List<YamlNode> list = nodes.list(allowNode.get(), field + ".allow");
                for (int k = 0; k < list.size(); k++) {
                    String a = nodes.string(list.get(k), field + ".allow[" + k + "]").toLowerCase(Locale.ROOT);
                    if (!Freeze.CATEGORIES.contains(a)) {
                        throw nodes.fail(list.get(k), field + ".allow[" + k + "]", "'" + a
                                + "' is not a category of work (security, patch, minor, major, hygiene)");
                    }
                    allow.add(a);
                }
            }
            String reason = nodes.optional(m, "reason").map(r -> nodes.string(r, field + ".reason")).orElse("");
            out.add(new Freeze(name, span, allow, reason));
        }
        return out;
    }

    private static FreezeSpan span(YamlNode fromNode, YamlNode toNode, ConfigNodes nodes, String field) {
        String from = nodes.string(fromNode, field + ".from");
        String to = nodes.string(toNode, field + ".to");
        boolean fromDate = from.length() > 5;
        boolean toDate = to.length() > 5;
        if (fromDate != toDate) {
            throw nodes.fail(toNode, field + ".to", "write both ends as MM-DD (every year) or both as YYYY-MM-DD (once)");
        }
        if (fromDate) {
            LocalDate f = date(fromNode, from, nodes, field + ".from");
            LocalDate t = date(toNode, to, nodes, field + ".to");
            if (t.isBefore(f)) {
                throw nodes.fail(toNode, field + ".to", "the freeze ends (" + t + ") before it starts (" + f + ")");
            }
            return new FreezeSpan.Once(f, t);
        }
        return new FreezeSpan.Yearly(monthDay(fromNode, from, nodes, field + ".from"), monthDay(toNode, to, nodes, field + ".to"));
    }

    private static LocalDate date(YamlNode node, String text, ConfigNodes nodes, String field) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw nodes.fail(node, field, "'" + text + "' is not a date (YYYY-MM-DD, or MM-DD for every year)");
        }
    }

    private static MonthDay monthDay(YamlNode node, String text, ConfigNodes nodes, String field) {
        try {
            return MonthDay.parse("--" + text);
        } catch (DateTimeParseException e) {
            throw nodes.fail(node, field, "'" + text + "' is not a day of the year (MM-DD, or YYYY-MM-DD for once)");
        }
    }

    private static List<YamlNode> items(YamlNode node, ConfigNodes nodes, String field) {
        if (node instanceof Scalar s && s.isNull()) {
            return List.of();
        }
        return nodes.list(node, field);
    }

    private static Set<DayOfWeek> days(YamlNode node, ConfigNodes nodes, String field) {
        List<YamlNode> list = nodes.list(node, field);
        if (list.isEmpty()) {
            throw nodes.fail(node, field, "name at least one day (MON, TUE, ... SUN)");
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (int i = 0; i < list.size(); i++) {
            String text = nodes.string(list.get(i), field + "[" + i + "]").toUpperCase(Locale.ROOT);
            DayOfWeek day = null;
            for (DayOfWeek d : DayOfWeek.values()) {
                if (text.length() >= 3 && d.name().startsWith(text)) {
                    day = d;
                }
            }
            if (day == null) {
                throw nodes.fail(list.get(i), field + "[" + i + "]", "'" + text + "' is not a day (MON, TUE, WED, THU, FRI, SAT, SUN)");
            }
            days.add(day);
        }
        return days;
    }

    private static LocalTime time(YamlNode node, ConfigNodes nodes, String field) {
        String text = nodes.string(node, field);
        // YAML 1.1 reads an unquoted 06:00 as a base-60 integer; the scalar keeps the text as written.
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (DateTimeParseException e) {
            throw nodes.fail(node, field, "'" + text + "' is not a time of day (HH:MM)");
        }
    }

    static ZoneId zone(YamlNode node, ConfigNodes nodes, String field) {
        String text = nodes.string(node, field);
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw nodes.fail(node, field, "'" + text + "' is not a time zone (a tz database name such as Europe/Brussels)");
        }
    }
}
