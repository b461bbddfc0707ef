package dev.upkeep.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.upkeep.config.ConfigLoader;
import dev.upkeep.config.UpkeepConfig;
import dev.upkeep.domain.UpkeepException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CalendarSectionTest {
    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    static Schedule read(String yaml) {
        return CalendarSection.read(ConfigLoader.parse(yaml, "upkeep.yml"), BRUSSELS);
    }

    @Test
    void noSectionsMeanTheRunbooksWindowsAndDecemberFreeze() {
        Schedule s = CalendarSection.read(UpkeepConfig.DEFAULTS, BRUSSELS);
        assertThat(s.windows()).extracting(Window::describe)
                .containsExactly("Tue, Wed 06:00–08:00 Europe/Brussels", "Sat 06:00–10:00 Europe/Brussels");
        assertThat(s.freezes()).singleElement().satisfies(f -> {
            assertThat(f.span().text()).isEqualTo("12-01..12-31");
            assertThat(f.allow()).containsExactly("security");
        });
    }

    @Test
    void windowsAndFreezesAsWritten() {
        Schedule s = read("""
                windows:
                  - name: weekday
                    days: [mon, Thursday]
                    from: 05:30
                    to: "07:00"
                    zone: America/New_York
                  - name: weekend
                    kind: breaking
                    days: [SUN]
                    from: "22:00"
                    to: "02:00"
                freeze:
                  - from: 2027-03-01
                    to: 2027-03-14
                    allow: [security, patch]
                    reason: spring launch
                """);
        Window weekday = s.windows().get(0);
        assertThat(weekday.days()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
        assertThat(weekday.from()).as("an unquoted 05:30 is YAML 1.1 base 60, read as written").isEqualTo(LocalTime.of(5, 30));
        assertThat(weekday.kind()).isEqualTo(WindowKind.NON_BREAKING);
        assertThat(weekday.zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(s.windows().get(1).zone()).as("a window without zone takes the policy's").isEqualTo(BRUSSELS);
        assertThat(s.freezes()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("freeze 1");
            assertThat(f.span().text()).isEqualTo("2027-03-01..2027-03-14");
            assertThat(f.allow()).isEqualTo(Set.of("security", "patch"));
            assertThat(f.reason()).isEqualTo("spring launch");
        });
        assertThat(read("freeze: []\n").freezes()).as("an empty list removes the default freeze").isEmpty();
    }

    @Test
    void mistakesNameTheFieldAndTheLine() {
        assertThatThrownBy(() -> read("windows:\n  - name: a\n    days: [TUE]\n    from: '06:00'\n    to: '08:00'\n    zones: UTC\n"))
                .isInstanceOf(UpkeepException.class)
                .hasMessageStartingWith("upkeep.yml:6: windows[0].zones: unknown key (known: name, kind, days, from, to, zone)");
        assertThatThrownBy(() -> read("windows:\n  - name: a\n    days: [TUES, XYZ]\n    from: '06:00'\n    to: '08:00'\n"))
                .hasMessage("upkeep.yml:3: windows[0].days[1]: 'XYZ' is not a day (MON, TUE, WED, THU, FRI, SAT, SUN)");
        assertThatThrownBy(() -> read("windows:\n  - name: a\n    days: [TUE]\n    from: '6am'\n    to: '08:00'\n"))
                .hasMessage("upkeep.yml:4: windows[0].from: '6am' is not a time of day (HH:MM)");
        assertThatThrownBy(() -> read("windows:\n  - name: a\n    days: [TUE]\n    from: '06:00'\n    to: '08:00'\n    zone: Mars/Olympus\n"))
                .hasMessageStartingWith("upkeep.yml:6: windows[0].zone: 'Mars/Olympus' is not a time zone");
        assertThatThrownBy(() -> read("windows:\n  - name: a\n    kind: risky\n    days: [TUE]\n    from: '06:00'\n    to: '08:00'\n"))
                .hasMessage("upkeep.yml:3: windows[0].kind: 'risky' is not a window kind (non-breaking, breaking)");
        assertThatThrownBy(() -> read("windows:\n  - days: [TUE]\n    from: '06:00'\n    to: '08:00'\n"))
                .hasMessage("upkeep.yml:2: windows[0].name: 'name' is required");
        assertThatThrownBy(() -> read("freeze:\n  - from: 12-01\n    to: 2027-01-05\n"))
                .hasMessage("upkeep.yml:3: freeze[0].to: write both ends as MM-DD (every year) or both as YYYY-MM-DD (once)");
        assertThatThrownBy(() -> read("freeze:\n  - from: 12-01\n    to: 12-31\n    allow: [security, refactoring]\n"))
                .hasMessage("upkeep.yml:4: freeze[0].allow[1]: 'refactoring' is not a category of work (security, patch, minor, major, hygiene)");
        assertThatThrownBy(() -> read("freeze:\n  - from: 13-01\n    to: 12-31\n"))
                .hasMessage("upkeep.yml:2: freeze[0].from: '13-01' is not a day of the year (MM-DD, or YYYY-MM-DD for once)");
        assertThatThrownBy(() -> read("freeze:\n  - from: 2027-02-01\n    to: 2027-01-01\n"))
                .hasMessage("upkeep.yml:3: freeze[0].to: the freeze ends (2027-01-01) before it starts (2027-02-01)");
    }
}
