package dev.upkeep.probe;

import dev.upkeep.config.YamlNode;
import java.util.List;

/**
 * One kind of live target: health URLs, TLS endpoints, PostgreSQL, Redis, backups, disks. A
 * family owns its key under {@code targets:} in upkeep.yml, reads its entries, and makes one
 * {@link Probe} per target. Families are listed in {@code probe.registry.ProbeRegistry}.
 */
public interface ProbeFamily {
    /** The id {@code --only} takes and results carry: {@code http}, {@code tls}, {@code postgres}, … */
    String id();

    /** Its key under {@code targets:}: {@code health}, {@code tls}, {@code postgres}, {@code backups}, … */
    String configKey();

    /** One line for {@code upkeep check --list-probes} and the docs. */
    String description();

    /**
     * Reads this family's entries (a list, or a single entry) and makes their probes. Nothing is
     * contacted yet; secrets are resolved only when a probe runs.
     *
     * @throws dev.upkeep.domain.UpkeepException (input) naming the file, line and field that is wrong
     */
    List<Probe> probes(YamlNode section, TargetFields fields);
}
