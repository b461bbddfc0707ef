package dev.upkeep.knowledge.osv;

import dev.upkeep.domain.Component;
import dev.upkeep.knowledge.AdvisorySource;

/** The key advisory maps use for a component: its purl without version, qualifiers or subpath. */
public final class AdvisoryKeys {
    private AdvisoryKeys() {}

    /** Same as {@link AdvisorySource#key}, which every advisory source shares. */
    public static String of(Component c) {
        return AdvisorySource.key(c);
    }
}
