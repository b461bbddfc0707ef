package dev.upkeep.assess;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.knowledge.Advisory;
import dev.upkeep.versioning.InvalidVersionException;
import dev.upkeep.versioning.SchemeOptions;
import dev.upkeep.versioning.Version;
import dev.upkeep.versioning.VersionScheme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Decides whether an advisory affects a component's version, with OSV's rules (the schema's
 * "Evaluation" section): a version is affected when it is listed in {@code versions}, or when it
 * is below one of a range's {@code limit}s (if it has any) and, walking the range's events in
 * version order, the last {@code introduced} at or below it is not followed by a {@code fixed} at
 * or below it, nor by a {@code last_affected} below it. {@code SEMVER} ranges compare with npm
 * semver; {@code ECOSYSTEM} ranges with the package's own scheme; {@code GIT} ranges name commits
 * and never match a release. {@link Advisory.Range#NATIVE} ranges are range expressions of the
 * package's own scheme; npm's are read the way npm audit reads {@code vulnerable_versions}
 * (loose, pre-releases included).
 *
 * <p>A matcher remembers the schemes it used and the version strings it parsed (advisories repeat
 * the same bounds for every version of a package): one instance serves one run, from one thread.
 */
public final class AdvisoryMatcher {
    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[-_.]+");

    private final Function<String, VersionScheme> schemes;
    private final Map<String, VersionScheme> byId = new HashMap<>();
    private final Map<VersionScheme, Map<String, Optional<Version>>> parsed = new IdentityHashMap<>();

    /** @param schemes scheme by id ({@code npm}, {@code pep440}, {@code maven}, {@code loose}) */
    public AdvisoryMatcher(Function<String, VersionScheme> schemes) {
        this.schemes = schemes;
    }

    /** The advisories affecting {@code c}'s resolved version, most severe first, then by id. */
    public List<MatchedAdvisory> match(Component c, List<Advisory> advisories) {
        if (c.version() == null) {
            return List.of();
        }
        VersionScheme own = byId.computeIfAbsent(schemeId(c.ecosystem()), schemes);
        VersionScheme semver = byId.computeIfAbsent("npm", schemes);
        VersionScheme nativeScheme = byId.computeIfAbsent("native:" + own.id(), k -> nativeScheme(own));
        Optional<Version> v = parse(own, c.version());
        List<MatchedAdvisory> out = new ArrayList<>();
        for (Advisory a : advisories) {
            TreeSet<Version> fixes = new TreeSet<>();
            boolean hit = false;
            for (Advisory.Affected af : a.affected()) {
                if (!samePackage(c, af)) {
                    continue;
                }
                if (af.versions().contains(c.version())) {
                    hit = true;
                }
                for (Advisory.Range r : af.ranges()) {
                    if (r.type().equals("GIT")) {
                        continue;
                    }
                    VersionScheme scheme = r.type().equals("SEMVER") ? semver : r.type().equals(Advisory.Range.NATIVE) ? nativeScheme : own;
                    Optional<Version> mine = parse(scheme, c.version());
                    if (mine.isEmpty()) {
                        continue;
                    }
                    if (r.type().equals(Advisory.Range.NATIVE) ? inside(scheme, r.expression(), mine.get()) : affected(scheme, r, mine.get())) {
                        hit = true;
                        for (Advisory.Event e : r.events()) {
                            if (e.kind().equals("fixed")) {
                                parse(own, e.version()).ifPresent(fixes::add);
                            }
                        }
                    }
                }
            }
            if (hit) {
                List<String> fixedVersions = fixes.stream().map(Version::text).toList();
                String fixedIn = v.flatMap(cur -> fixes.stream().filter(f -> f.compareTo(cur) > 0).findFirst())
                        .map(Version::text).orElse(null);
                out.add(new MatchedAdvisory(a, fixedVersions, fixedIn));
            }
        }
        out.sort(Comparator.comparing((MatchedAdvisory m) -> m.advisory().severity()).thenComparing(m -> m.advisory().id()));
        return out;
    }

    /** OSV's range evaluation: below a limit, then over events sorted by version ({@code 0} sorts first). */
    private boolean affected(VersionScheme scheme, Advisory.Range range, Version v) {
        record Ev(String kind, Version at, boolean zero) {}
        List<Ev> events = new ArrayList<>();
        boolean limited = false;
        boolean belowALimit = false;
        for (Advisory.Event e : range.events()) {
            if (e.kind().equals("limit")) {
                // "*" is infinity; a limit that is not a version of the scheme bounds nothing we can compare
                limited = true;
                belowALimit |= e.version().contains("*") || parse(scheme, e.version()).map(l -> v.compareTo(l) < 0).orElse(false);
                continue;
            }
            if (e.kind().equals("introduced") && e.version().equals("0")) {
                events.add(new Ev("introduced", null, true));
                continue;
            }
            parse(scheme, e.version()).ifPresent(at -> events.add(new Ev(e.kind(), at, false)));
        }
        if (limited && !belowALimit) {
            return false;
        }
        events.sort((x, y) -> x.zero() ? (y.zero() ? 0 : -1) : y.zero() ? 1 : x.at().compareTo(y.at()));
        boolean affected = false;
        for (Ev e : events) {
            int cmp = e.zero() ? 1 : v.compareTo(e.at());
            switch (e.kind()) {
                case "introduced" -> {
                    if (cmp >= 0) {
                        affected = true;
                    }
                }
                case "fixed" -> {
                    if (cmp >= 0) {
                        affected = false;
                    }
                }
                case "last_affected" -> {
                    if (cmp > 0) {
                        affected = false;
                    }
                }
                default -> { }
            }
        }
        return affected;
    }

    private static boolean inside(VersionScheme scheme, String expression, Version v) {
        try {
            return scheme.parseRange(expression).contains(v);
        } catch (InvalidVersionException e) {
            return false;
        }
    }

    /** The scheme NATIVE ranges are read with: npm audit's options for npm, the scheme as it is otherwise. */
    private static VersionScheme nativeScheme(VersionScheme own) {
        return own.id().equals("npm") ? own.withOptions(new SchemeOptions(true, true)) : own;
    }

    static boolean samePackage(Component c, Advisory.Affected af) {
        String eco = af.ecosystem();
        int colon = eco.indexOf(':');
        String family = colon < 0 ? eco : eco.substring(0, colon);
        return switch (c.ecosystem()) {
            case NPM -> family.equals("npm") && af.name().equalsIgnoreCase(c.name());
            case PYPI -> family.equals("PyPI") && pep503(af.name()).equals(pep503(c.name()));
            case MAVEN -> family.equals("Maven") && af.name().equals(c.name());
            case GITHUB_ACTIONS -> family.equals("GitHub Actions") && af.name().equalsIgnoreCase(c.name());
            default -> false;
        };
    }

    /** The version scheme of an ecosystem. */
    public static String schemeId(Ecosystem e) {
        return switch (e) {
            case NPM -> "npm";
            case PYPI -> "pep440";
            case MAVEN -> "maven";
            case DOCKER -> "docker";
            default -> "loose";
        };
    }

    /** Parses {@code text} with one of the schemes this matcher holds, once. */
    private Optional<Version> parse(VersionScheme s, String text) {
        return parsed.computeIfAbsent(s, k -> new HashMap<>()).computeIfAbsent(text, t -> parseOnce(s, t));
    }

    private static Optional<Version> parseOnce(VersionScheme s, String text) {
        try {
            return Optional.of(s.parse(text));
        } catch (InvalidVersionException e) {
            return Optional.empty();
        }
    }

    private static String pep503(String n) {
        return SEPARATORS.matcher(n.toLowerCase(Locale.ROOT)).replaceAll("-");
    }
}
