package dev.upkeep.assess;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Relation;
import dev.upkeep.domain.Severity;
import dev.upkeep.knowledge.Advisory;
import dev.upkeep.versioning.UpdateType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns upgrade paths into findings, one per signal, with stable ids: {@value #ADVISORY} (subject:
 * the advisory id, so an ignore of {@code GHSA-…} names it), {@value #END_OF_LIFE} and
 * {@value #END_OF_LIFE_SOON} (subject: product and cycle), {@value #MAJOR}, {@value #MINOR} and
 * {@value #PATCH} (subject: the package URL without version). Updates are reported for direct
 * components only: a lockfile's transitive pins move with their parents. A cycle past or near its
 * end of life is reported as such, not also as a major update; a cycle past its end of life gets
 * no in-cycle update either (it must be left, not patched). A finding points at the component's
 * manifest (package.json, pyproject.toml) rather than its lockfile when it has both.
 */
public final class DriftFindings {
    public static final String ADVISORY = "drift/advisory";
    public static final String END_OF_LIFE = "drift/end-of-life";
    public static final String END_OF_LIFE_SOON = "drift/end-of-life-soon";
    public static final String MAJOR = "drift/major";
    public static final String MINOR = "drift/minor";
    public static final String PATCH = "drift/patch";

    /** Every rule id this class produces, with a one-line title (SARIF's rule table). */
    public static final Map<String, String> RULES = rules();

    private DriftFindings() {}

    /** The findings of one component's path; {@code soonDays} is the policy's end-of-life horizon. */
    public static List<Finding> of(UpgradePath p, int soonDays) {
        Component c = p.drift().component();
        List<Finding> out = new ArrayList<>();
        Location at = c.locations().stream().filter(l -> !isLockfile(l.file())).findFirst()
                .orElse(c.locations().isEmpty() ? null : c.locations().get(0));
        String name = c.name() + " " + c.version();
        Map<String, String> base = new LinkedHashMap<>();
        base.put("package", packageId(c));
        base.put("version", String.valueOf(c.version()));
        base.put("relation", c.relation().id());
        for (MatchedAdvisory m : p.drift().advisories()) {
            Advisory a = m.advisory();
            String summary = a.summary() == null ? "" : ": " + cut(a.summary().strip(), 100);
            String fix = m.fixedIn() == null ? "No fixed version is known: remove or mitigate " + c.name() + ", and watch " + a.id()
                    : "Upgrade " + c.name() + " to " + m.fixedIn() + " or later";
            Map<String, String> ev = new LinkedHashMap<>(base);
            ev.put("fixedIn", String.valueOf(m.fixedIn()));
            if (!a.aliases().isEmpty()) {
                ev.put("aliases", String.join(", ", a.aliases()));
            }
            out.add(finding(ADVISORY, a.id(), a.severity(), name + " is affected by " + a.id() + " (" + a.severity().id() + ")" + summary,
                    at, fix, ev));
        }
        LifecycleStatus life = p.drift().lifecycle();
        boolean cycleEnding = false;
        if (life != null) {
            Map<String, String> ev = new LinkedHashMap<>(base);
            ev.put("product", life.product());
            ev.put("cycle", life.cycle());
            ev.put("eol", String.valueOf(life.eol()));
            String subject = life.product() + " " + life.cycle();
            String newest = life.newestCycle() == null ? "" : " (newest: " + life.newestCycle() + ")";
            if (life.eolPassed()) {
                cycleEnding = true;
                out.add(finding(END_OF_LIFE, subject, Severity.HIGH, name + " is past its end of life"
                        + (life.eol() == null ? "" : " (" + life.eol() + ")") + ": " + subject + " gets no more security fixes", at,
                        "Upgrade to a supported release cycle" + newest, ev));
            } else if (life.daysToEol() != null && life.daysToEol() <= soonDays) {
                cycleEnding = true;
                out.add(finding(END_OF_LIFE_SOON, subject, Severity.MEDIUM, name + " reaches its end of life on " + life.eol()
                        + " (in " + life.daysToEol() + " days)", at, "Plan the upgrade to a supported release cycle" + newest
                        + " before " + life.eol(), ev));
            }
        }
        if (c.relation() == Relation.TRANSITIVE) {
            return out;
        }
        if (p.major() != null && !cycleEnding) {
            Map<String, String> ev = new LinkedHashMap<>(base);
            ev.put("target", p.major());
            out.add(finding(MAJOR, packageId(c), Severity.LOW, name + " → " + p.major() + " is a major update", at,
                    "Read the release notes and migration guide, then upgrade " + c.name() + " to " + p.major(), ev));
        }
        if (p.inMajor() != null && (life == null || !life.eolPassed())) {
            Map<String, String> ev = new LinkedHashMap<>(base);
            ev.put("target", p.inMajor());
            boolean patch = p.inMajorType() == UpdateType.PATCH || p.inMajorType() == UpdateType.PRERELEASE;
            out.add(finding(patch ? PATCH : MINOR, packageId(c), Severity.INFO, name + " → " + p.inMajor() + " is a "
                    + (patch ? "patch" : "minor") + " update", at, "Upgrade " + c.name() + " to " + p.inMajor(), ev));
        }
        return out;
    }

    private static final java.util.regex.Pattern LOCKFILE = java.util.regex.Pattern.compile(
            "(.*/)?(package-lock\\.json|npm-shrinkwrap\\.json|yarn\\.lock|pnpm-lock\\.yaml|bun\\.lockb?|poetry\\.lock|uv\\.lock"
                    + "|pdm\\.lock|Pipfile\\.lock|pylock(\\.[^/]+)?\\.toml)");

    /**
     * Whether a file is a lockfile a package manager writes itself: findings point at the
     * manifest a person edits when there is one.
     */
    public static boolean isLockfile(String file) {
        return LOCKFILE.matcher(file).matches();
    }

    /** The package URL without version, qualifiers or subpath: stable across upgrades. */
    public static String packageId(Component c) {
        String p = c.purl();
        for (char ch : new char[] {'?', '#'}) {
            int i = p.indexOf(ch);
            if (i >= 0) {
                p = p.substring(0, i);
            }
        }
        int at = p.lastIndexOf('@');
        return at > p.lastIndexOf('/') ? p.substring(0, at) : p;
    }

    private static Finding finding(String rule, String subject, Severity severity, String message, Location at, String fix,
            Map<String, String> evidence) {
        return Finding.of(rule, subject, severity, message, at, fix).withEvidence(evidence);
    }

    private static String cut(String s, int max) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= max ? one : one.substring(0, max - 1).stripTrailing() + "…";
    }

    private static Map<String, String> rules() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(ADVISORY, "A security advisory affects the version in use");
        m.put(END_OF_LIFE, "A release cycle is past its end of life");
        m.put(END_OF_LIFE_SOON, "A release cycle reaches its end of life soon");
        m.put(MAJOR, "A new major version is available");
        m.put(MINOR, "A minor update is available");
        m.put(PATCH, "A patch update is available");
        return java.util.Collections.unmodifiableMap(m);
    }
}
