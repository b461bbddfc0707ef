package dev.upkeep.plan;

import java.util.List;

/**
 * Upgrades applied together, in one commit and one install: a group, or packages whose
 * requirements tie them to each other. Listed in the order to edit them (a runtime first, a
 * framework before the library it pins).
 */
public record Step(int number, List<Upgrade> upgrades) {
    public Step {
        upgrades = List.copyOf(upgrades);
        if (upgrades.isEmpty()) {
            throw new IllegalArgumentException("a step needs at least one upgrade");
        }
    }
}
