package dev.upkeep.cli;

import dev.upkeep.config.FailOn;
import dev.upkeep.domain.Finding;
import dev.upkeep.domain.FindingClass;
import java.util.Locale;
import picocli.CommandLine;

/**
 * {@code --fail-on} of {@code check} and {@code drill restore}: a class ({@code urgent},
 * {@code planned}: that class or a more urgent one fails), a severity ({@code high}: that severity
 * or worse fails) or {@code none}. Classes gate the way {@code plan --fail-on} does; severities the
 * way {@code lint --fail-on} does.
 *
 * @param findingClass the least urgent failing class, or null when the gate is a severity
 * @param severity the severity gate when {@code findingClass} is null
 */
record FindingGate(FindingClass findingClass, FailOn severity) {
    static final FindingGate URGENT = new FindingGate(FindingClass.URGENT, FailOn.NONE);

    boolean fails(Finding f) {
        if (findingClass != null) {
            return f.findingClass() != null && f.findingClass().compareTo(findingClass) <= 0;
        }
        return severity.fails(f.severity());
    }

    static FindingGate parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("urgent") || t.equals("planned")) {
            return new FindingGate(t.equals("urgent") ? FindingClass.URGENT : FindingClass.PLANNED, FailOn.NONE);
        }
        try {
            return new FindingGate(null, FailOn.parse(t));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is neither a class (urgent, planned) nor a severity (critical, high, medium,"
                    + " low, info), nor none", e);
        }
    }

    static final class Converter implements CommandLine.ITypeConverter<FindingGate> {
        @Override
        public FindingGate convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
