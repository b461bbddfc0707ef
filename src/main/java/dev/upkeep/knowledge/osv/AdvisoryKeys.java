package dev.upkeep.knowledge.osv;

import dev.upkeep.domain.Component;

/** The key advisory maps use for a component: its purl without version, qualifiers or subpath. */
public final class AdvisoryKeys {
    private AdvisoryKeys() {}

    public static String of(Component c) {
        String p = c.purl();
        int cut = p.length();
        for (char ch : new char[] {'@', '?', '#'}) {
            int i = p.indexOf(ch, 4);
            if (i >= 0) {
                cut = Math.min(cut, i);
            }
        }
        return p.substring(0, cut);
    }
}
