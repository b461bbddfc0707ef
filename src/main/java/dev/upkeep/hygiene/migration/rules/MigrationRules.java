package dev.upkeep.hygiene.migration.rules;

import java.util.List;

/** Every migration lock-safety rule, in the order they are documented. */
public final class MigrationRules {
    private MigrationRules() {}

    public static List<MigrationRule> all() {
        return List.of(
                new RequireConcurrentIndex(),
                new RequireConcurrentIndexDrop(),
                new ConcurrentInTransaction(),
                new AddingNotNullColumn(),
                new VolatileDefault(),
                new ChangingColumnType(),
                new SetNotNull(),
                new ConstraintMissingNotValid(),
                new AddingPrimaryKey(),
                new AddingUniqueConstraint(),
                new Renaming(),
                new Dropping(),
                new MissingLockTimeout(),
                new RequireConcurrentReindex(),
                new RequireConcurrentDetach(),
                new VacuumFullOrCluster());
    }
}
