package dev.upkeep.assess;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.knowledge.Advisory;
import dev.upkeep.versioning.InvalidVersionException;
import dev.upkeep.versioning.Version;
import dev.upkeep.versioning.VersionScheme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Decides whether an advisory affects a component's version, with OSV's rules: a version is
 * affected when it is listed in {@code versions}, or when, walking a range's events in version
 * order, the last {@code introduced} at or below it is not followed by a {@code fixed} (or
 * {@code limit}) at or below it, nor by a {@code last_affected} below it. {@code SEMVER} ranges
 * compare with npm semver; {@code ECOSYSTEM} ranges with the package's own scheme; {@code GIT}
 * ranges name commits and never match a release.
 */
public final class AdvisoryMatcher {
    private final Function<String, VersionScheme> schemes;

    /** @param schemes scheme by id ({@code npm}, {@code pep440}, {@code maven}, {@code loose}) */
    public AdvisoryMatcher(Function<String, VersionScheme> schemes) {
        this.schemes = schemes;
    }

    /** The advisories affecting {@code c}'s resolved version, most severe first, then by id. */
    public List<MatchedAdvisory> match(Component c, List<Advisory> advisories) {
        if (c.version() == null) {
            return List.of();
        }
        VersionScheme own = schemes.apply(schemeId(c.ecosystem()));
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
                    VersionScheme scheme = r.type().equals("SEMVER") ? schemes.apply("npm") : own;
                    if (r.type().equals("GIT")) {
                        continue;
                    }
                    Optional<Version> mine = scheme == own ? v : parse(scheme, c.version());
                    if (mine.isEmpty()) {
                        continue;
                    }
                    if (affected(scheme, r, mine.get())) {
                        hit = true;
                        for (Advisory.Event e : r.events()) {
                            if (e.kind().equals("fixed")) {
                                parse(scheme, e.version()).ifPresent(fixes::add);
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

    /** OSV's range evaluation over events sorted by version ({@code 0} sorts first). */
    static boolean affected(VersionScheme scheme, Advisory.Range range, Version v) {
        record Ev(String kind, Version at, boolean zero) {}
        List<Ev> events = new ArrayList<>();
        for (Advisory.Event e : range.events()) {
            if (e.kind().equals("introduced") && e.version().equals("0")) {
                events.add(new Ev("introduced", null, true));
                continue;
            }
            parse(scheme, e.version()).ifPresent(at -> events.add(new Ev(e.kind(), at, false)));
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
                case "fixed", "limit" -> {
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

    private static Optional<Version> parse(VersionScheme s, String text) {
        try {
            return Optional.of(s.parse(text));
        } catch (InvalidVersionException e) {
            return Optional.empty();
        }
    }

    private static String pep503(String n) {
        return n.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
    }
}
