package dev.upkeep.conformance;

import java.util.Map;

/**
 * hadolint cases where upkeep disagrees on purpose, keyed by the case's source line (plus
 * "+onbuild" for hadolint's ONBUILD variant); docs/conformance/hadolint.md explains each.
 */
final class Known {
    /** Mapped cases replayed (all cases of the codes HadolintMapping maps). */
    static final int MAPPED = 457;
    static final int COUNT = 10;

    private static final String PRAGMA = "hadolint's own '# hadolint ignore=' pragma silences it; suppression is the "
            + "lint engine's job in upkeep (its own syntax), so the rule still fires";
    private static final String FINAL_STAGE = "upkeep judges the user the image runs as, i.e. the final stage: a builder "
            + "stage running as root ships nothing";
    private static final String NO_USER = "upkeep also flags a final stage that never sets USER (the base image's root)";

    static final Map<String, String> CASES = Map.ofEntries(
            Map.entry("test/Hadolint/PragmaSpec.hs:21", PRAGMA),
            Map.entry("test/Hadolint/PragmaSpec.hs:37", PRAGMA),
            Map.entry("test/Hadolint/PragmaSpec.hs:72", PRAGMA),
            Map.entry("test/Hadolint/PragmaSpec.hs:103", PRAGMA),
            Map.entry("test/Hadolint/PragmaSpec.hs:113", PRAGMA),
            Map.entry("test/Hadolint/PragmaSpec.hs:122", PRAGMA),
            Map.entry("test/Hadolint/PragmaSpec.hs:133", PRAGMA),
            Map.entry("test/Hadolint/PragmaSpec.hs:141", PRAGMA),
            Map.entry("test/Hadolint/Rule/DL3002Spec.hs:77", FINAL_STAGE),
            Map.entry("test/Hadolint/Rule/DL3002Spec.hs:88", NO_USER));

    private Known() {}
}
