package dev.upkeep.assess;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * Where a component's release cycle stands on the run's date.
 *
 * @param product the endoflife.date product ({@code nodejs})
 * @param cycle the cycle the component's version belongs to ({@code 18})
 * @param eol the end-of-life date, or {@code null} when not announced
 * @param eolPassed past its end of life on the run's date
 * @param daysToEol days until the end of life (negative once passed), or {@code null}
 * @param lts a long-term-support cycle on the run's date
 * @param activeSupport still in active support
 * @param latestInCycle the newest release of the cycle, or {@code null}
 * @param newestCycle the newest cycle of the product that is not past its end of life, or {@code null}
 */
public record LifecycleStatus(
        String product,
        String cycle,
        LocalDate eol,
        boolean eolPassed,
        Long daysToEol,
        boolean lts,
        boolean activeSupport,
        String latestInCycle,
        String newestCycle) {
    public LifecycleStatus {
        requireNonNull(product, "product is null");
        requireNonNull(cycle, "cycle is null");
    }
}
