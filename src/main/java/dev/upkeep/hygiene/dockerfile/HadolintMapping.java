package dev.upkeep.hygiene.dockerfile;

import static java.util.Objects.requireNonNull;

import dev.upkeep.domain.Finding;
import java.util.List;
import java.util.Optional;

/**
 * Which upkeep rule answers each hadolint rule code, for users coming from hadolint and for the
 * conformance check. Codes upkeep deliberately does not check carry the reason instead of a rule.
 * docs/conformance/hadolint.md shows the same table; change both together.
 */
public final class HadolintMapping {
    /**
     * One hadolint code.
     *
     * @param code {@code DL3008}
     * @param ruleIds the upkeep rules that answer it; empty when upkeep does not check this concern
     * @param evidence {@code key=value} a finding must carry in its evidence to answer this code,
     *     for rules that cover several codes ({@code manager=apt}); {@code null} when any finding does
     * @param note why it is not mapped, or how upkeep's rule differs
     */
    public record Code(String code, List<String> ruleIds, String evidence, String note) {
        public Code {
            requireNonNull(code, "code is null");
            ruleIds = List.copyOf(ruleIds);
            requireNonNull(note, "note is null");
            if (evidence != null && !evidence.contains("=")) {
                throw new IllegalArgumentException("evidence '" + evidence + "' of " + code + " is not key=value");
            }
        }

        public boolean mapped() {
            return !ruleIds.isEmpty();
        }

        /** Whether {@code f} is what hadolint reports as this code. */
        public boolean answeredBy(Finding f) {
            if (!ruleIds.contains(f.ruleId())) {
                return false;
            }
            if (evidence == null) {
                return true;
            }
            String key = evidence.substring(0, evidence.indexOf('='));
            return evidence.substring(key.length() + 1).equals(f.evidence().get(key));
        }
    }

    private static final String PKG_PIN = "not checked: the runbook patches images by rebuilding them, which pinned OS package versions prevent";
    private static final String LABELS = "not checked: label schemas are a team convention, not maintenance hygiene";

    public static final List<Code> CODES = List.of(
            new Code("DL1001", List.of(), null, "not a rule: hadolint's own inline-ignore pragma; upkeep has its own suppression"),
            new Code("DL3000", List.of("dockerfile/relative-workdir"), null, ""),
            new Code("DL3001", List.of(), null, "not checked: running ssh, vim or ps in a build is harmless to the image"),
            new Code("DL3002", List.of("dockerfile/non-root-user"), null, "upkeep checks the final stage only, and also flags a missing USER"),
            new Code("DL3003", List.of("dockerfile/cd-instead-of-workdir"), null, "upkeep flags cd to an absolute directory only"),
            new Code("DL3004", List.of("dockerfile/no-sudo"), null, ""),
            new Code("DL3006", List.of("dockerfile/unpinned-base-image"), null, ""),
            new Code("DL3007", List.of("dockerfile/unpinned-base-image"), null, ""),
            new Code("DL3008", List.of(), null, PKG_PIN),
            new Code("DL3009", List.of("dockerfile/package-cache-not-cleaned"), "manager=apt", ""),
            new Code("DL3010", List.of(), null, "not checked: extracting an archive with RUN tar is a style choice"),
            new Code("DL3011", List.of("dockerfile/invalid-port"), null, ""),
            new Code("DL3012", List.of("dockerfile/overridden-instruction"), "keyword=HEALTHCHECK", ""),
            new Code("DL3013", List.of("dockerfile/unpinned-package-install"), "manager=pip", ""),
            new Code("DL3014", List.of("dockerfile/install-without-yes"), "manager=apt", ""),
            new Code("DL3015", List.of("dockerfile/apt-install-recommends"), null, "checked in the final stage and the stages it builds on"),
            new Code("DL3016", List.of("dockerfile/unpinned-package-install"), "manager=npm", ""),
            new Code("DL3018", List.of(), null, PKG_PIN),
            new Code("DL3019", List.of("dockerfile/package-cache-not-cleaned"), "manager=apk", ""),
            new Code("DL3020", List.of("dockerfile/add-local-file"), null, ""),
            new Code("DL3021", List.of(), null, "not checked: BuildKit itself rejects the file"),
            new Code("DL3022", List.of("dockerfile/copy-from-undefined-stage"), null, ""),
            new Code("DL3023", List.of("dockerfile/copy-from-undefined-stage"), null, ""),
            new Code("DL3024", List.of("dockerfile/duplicate-stage-name"), null, ""),
            new Code("DL3025", List.of("dockerfile/shell-form-cmd"), null, ""),
            new Code("DL3026", List.of(), null, "not checked: registry allow-lists need configuration upkeep does not have yet"),
            new Code("DL3027", List.of("dockerfile/apt-instead-of-apt-get"), null, ""),
            new Code("DL3028", List.of("dockerfile/unpinned-package-install"), "manager=gem", ""),
            new Code("DL3029", List.of(), null, "not checked: --platform is how multi-architecture builds are written"),
            new Code("DL3030", List.of("dockerfile/install-without-yes"), "manager=yum", ""),
            new Code("DL3032", List.of("dockerfile/package-cache-not-cleaned"), "manager=yum", ""),
            new Code("DL3033", List.of(), null, PKG_PIN),
            new Code("DL3034", List.of("dockerfile/install-without-yes"), "manager=zypper", ""),
            new Code("DL3035", List.of(), null, "not checked: the runbook upgrades packages in the build to pick up patches"),
            new Code("DL3036", List.of("dockerfile/package-cache-not-cleaned"), "manager=zypper", ""),
            new Code("DL3037", List.of(), null, PKG_PIN),
            new Code("DL3038", List.of("dockerfile/install-without-yes"), "manager=dnf", "microdnf and dnf5 count as dnf"),
            new Code("DL3040", List.of("dockerfile/package-cache-not-cleaned"), "manager=dnf", ""),
            new Code("DL3041", List.of(), null, PKG_PIN),
            new Code("DL3042", List.of("dockerfile/package-cache-not-cleaned"), "manager=pip", ""),
            new Code("DL3043", List.of(), null, "not checked: BuildKit itself rejects ONBUILD ONBUILD/FROM/MAINTAINER"),
            new Code("DL3044", List.of(), null, "not checked: a correctness nit with no maintenance impact"),
            new Code("DL3045", List.of(), null, "not checked: depends on the base image's WORKDIR, which the Dockerfile does not show"),
            new Code("DL3046", List.of(), null, "not checked: a size nit of useradd"),
            new Code("DL3047", List.of(), null, "not checked: build-log verbosity"),
            new Code("DL3048", List.of(), null, LABELS),
            new Code("DL3049", List.of(), null, LABELS),
            new Code("DL3050", List.of(), null, LABELS),
            new Code("DL3051", List.of(), null, LABELS),
            new Code("DL3052", List.of(), null, LABELS),
            new Code("DL3053", List.of(), null, LABELS),
            new Code("DL3054", List.of(), null, LABELS),
            new Code("DL3055", List.of(), null, LABELS),
            new Code("DL3056", List.of(), null, LABELS),
            new Code("DL3057", List.of("dockerfile/no-healthcheck"), null, "upkeep also accepts a Compose healthcheck for the service"),
            new Code("DL3058", List.of(), null, LABELS),
            new Code("DL3059", List.of(), null, "not checked: layer count is a style choice"),
            new Code("DL3060", List.of("dockerfile/package-cache-not-cleaned"), "manager=yarn", ""),
            new Code("DL3061", List.of("dockerfile/instruction-before-from"), null, ""),
            new Code("DL3062", List.of("dockerfile/unpinned-package-install"), "manager=go", ""),
            new Code("DL3063", List.of(), null, "not checked: BuildKit itself rejects reserved stage names"),
            new Code("DL3064", List.of("dockerfile/secret-in-env-or-arg", "dockerfile/secret-build-arg"), null, "split in two: a literal value (secret-in-env-or-arg) and a build argument (secret-build-arg)"),
            new Code("DL3065", List.of(), null, "not checked: a redundant but harmless --platform"),
            new Code("DL3066", List.of(), null, "not checked: user names are resolved inside the image"),
            new Code("DL3067", List.of(), null, "not checked: rare, and the copy is visible in review"),
            new Code("DL4000", List.of("dockerfile/maintainer-deprecated"), null, ""),
            new Code("DL4001", List.of(), null, "not checked: having both wget and curl is a size nit"),
            new Code("DL4003", List.of("dockerfile/overridden-instruction"), "keyword=CMD", ""),
            new Code("DL4004", List.of("dockerfile/overridden-instruction"), "keyword=ENTRYPOINT", ""),
            new Code("DL4005", List.of(), null, "not checked: rare"),
            new Code("DL4006", List.of("dockerfile/pipe-without-pipefail"), null, ""),
            new Code("SC*", List.of(), null, "not checked: ShellCheck's findings are about shell style; use ShellCheck"));

    private HadolintMapping() {}

    public static Optional<Code> of(String code) {
        return CODES.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
