package dev.upkeep.knowledge;

import dev.upkeep.domain.Component;
import java.util.List;
import java.util.Map;

/**
 * Knows which advisories affect which components: the OSV API, OSV's offline zips, npm's bulk
 * advisory endpoint. Matching versions against ranges is the caller's job, with the ecosystem's
 * version scheme; a source returns the advisories that name the package.
 */
public interface AdvisorySource {
    String id();

    /**
     * Advisories naming each component's package (keyed by the component's purl without version).
     *
     * @throws SourceUnavailableException the source could not answer and nothing was cached
     */
    Map<String, List<Advisory>> advisories(List<Component> components);

    /** The key of a component in {@link #advisories}' answer: its purl without version, qualifiers or subpath. */
    static String key(Component c) {
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
