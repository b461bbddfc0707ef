package dev.upkeep.probe;

import static java.util.Objects.requireNonNull;

/**
 * One number a probe measured: a latency, days left on a certificate, a backup's age.
 *
 * @param name what was measured, camelCase ({@code latency}, {@code daysLeft}, {@code backupAge})
 * @param subject what within the target it is about ({@code leaf}, {@code public.orders}), or
 *     {@code null} for the target itself
 * @param value the number
 * @param unit its unit: {@code ms}, {@code s}, {@code h}, {@code days}, {@code bytes}, {@code %},
 *     {@code count}
 */
public record Measurement(String name, String subject, double value, String unit) {
    public Measurement {
        requireNonNull(name, "name is null");
        requireNonNull(unit, "unit is null");
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("measurement " + name + " is not a finite number: " + value);
        }
    }

    public static Measurement of(String name, double value, String unit) {
        return new Measurement(name, null, value, unit);
    }
}
