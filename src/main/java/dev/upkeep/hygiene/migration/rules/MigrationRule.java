package dev.upkeep.hygiene.migration.rules;

import dev.upkeep.domain.Finding;
import dev.upkeep.hygiene.RuleInfo;
import java.util.List;

/** One lock-safety rule over a whole migration file. */
public interface MigrationRule {
    RuleInfo info();

    /** The findings in {@code migration}, in statement order; never throws for odd statements. */
    List<Finding> check(Migration migration);
}
