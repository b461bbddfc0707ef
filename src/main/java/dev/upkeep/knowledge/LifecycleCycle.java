package dev.upkeep.knowledge;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * One release cycle of a product as endoflife.date describes it (Node {@code 20}, Python
 * {@code 3.12}). Status is always computed from the dates against a given day, never taken from a
 * precomputed flag, so {@code --today} gives reproducible answers.
 *
 * @param eolFrom the end-of-life date, or {@code null} when unknown or not announced
 * @param eolFlag what the source said when it gave a boolean instead of a date, or {@code null}
 * @param ltsFrom when the cycle became (or becomes) LTS, or {@code null}
 * @param ltsFlag the source's LTS flag, used only when it gives no {@code ltsFrom} date
 * @param eoasFrom end of active support, or {@code null}
 * @param latest the newest release of the cycle, or {@code null}
 */
public record LifecycleCycle(
        String product,
        String cycle,
        String codename,
        LocalDate releaseDate,
        LocalDate eolFrom,
        Boolean eolFlag,
        LocalDate ltsFrom,
        Boolean ltsFlag,
        LocalDate eoasFrom,
        String latest,
        LocalDate latestDate) {

    public LifecycleCycle {
        requireNonNull(product, "product is null");
        requireNonNull(cycle, "cycle is null");
    }

    /** Past its end of life on {@code today}. */
    public boolean eol(LocalDate today) {
        if (eolFrom != null) {
            return !today.isBefore(eolFrom);
        }
        return Boolean.TRUE.equals(eolFlag);
    }

    /** Days from {@code today} to the end of life (negative once passed), or null when unknown. */
    public Long daysToEol(LocalDate today) {
        return eolFrom == null ? null : java.time.temporal.ChronoUnit.DAYS.between(today, eolFrom);
    }

    public boolean lts(LocalDate today) {
        return ltsFrom != null ? !today.isBefore(ltsFrom) : Boolean.TRUE.equals(ltsFlag);
    }

    /** In active support (not yet past its end of active support, nor its end of life). */
    public boolean activeSupport(LocalDate today) {
        return !eol(today) && (eoasFrom == null || today.isBefore(eoasFrom));
    }
}
