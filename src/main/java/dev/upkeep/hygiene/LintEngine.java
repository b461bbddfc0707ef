package dev.upkeep.hygiene;

import static java.util.Objects.requireNonNull;

import dev.upkeep.config.ConfigLoader;
import dev.upkeep.config.Glob;
import dev.upkeep.config.UpkeepConfig;
import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Problem;
import dev.upkeep.inventory.FormatException;
import dev.upkeep.inventory.Walker;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Runs the rule families over a repository: walks it (honouring .gitignore), gives each family the
 * files it wants, turns a file a family cannot parse into a {@link Problem} and goes on, then
 * applies suppressions (inline comments, upkeep.yml ignores) and the {@code lint.disable} list.
 */
public final class LintEngine {
    /** Default cap on one file's size: larger files are reported as not checked. */
    public static final long DEFAULT_MAX_FILE_SIZE = 8L << 20;

    private static final Set<String> DOC_EXTENSIONS = Set.of("md", "markdown", "rst", "txt", "adoc");

    private final List<RuleFamily> families;
    private final Clock clock;
    private final long maxFileSize;

    public LintEngine(List<RuleFamily> families, Clock clock, long maxFileSize) {
        this.families = List.copyOf(families);
        this.clock = requireNonNull(clock, "clock is null");
        this.maxFileSize = maxFileSize;
    }

    public LintEngine(List<RuleFamily> families, Clock clock) {
        this(families, clock, DEFAULT_MAX_FILE_SIZE);
    }

    /** Lints the repository at {@code root}, an existing directory, under {@code config}. */
    public LintResult run(Path root, UpkeepConfig config) throws IOException {
        Walker.Result walk = new Walker(true).walk(root);
        RepoContext context = new RepoContext(walk, maxFileSize);
        List<RuleFamily> active = families.stream()
                .filter(f -> f.rules().stream().anyMatch(r -> !config.lint().disabled(r.id())))
                .toList();
        List<Finding> findings = new ArrayList<>();
        List<Problem> problems = new ArrayList<>(walk.problems());
        Set<String> checked = new TreeSet<>();
        for (Walker.WalkedFile file : walk.files()) {
            List<RuleFamily> wanting = active.stream().filter(f -> f.wants(file.path())).toList();
            if (wanting.isEmpty()) {
                continue;
            }
            RepoContext.Loaded loaded = context.load(file.path());
            if (loaded instanceof RepoContext.Unreadable u) {
                if (!u.binary()) {
                    problems.add(new Problem(wanting.get(0).id(), Location.of(file.path()), u.reason()));
                }
                continue;
            }
            String text = ((RepoContext.Text) loaded).text();
            checked.add(file.path());
            for (RuleFamily family : wanting) {
                check(family, new Input(file.path(), text), context, findings, problems);
            }
        }
        Set<String> known = new TreeSet<>();
        families.forEach(f -> f.rules().forEach(r -> known.add(r.id())));
        EngineRules.ALL.forEach(r -> known.add(r.id()));
        Map<String, List<InlineIgnores.Comment>> comments = new HashMap<>();
        Function<String, List<InlineIgnores.Comment>> commentsOf = path -> comments.computeIfAbsent(path,
                p -> isDoc(p) ? List.of() : InlineIgnores.parse(context.read(p).orElse("")));
        for (String path : checked) {
            commentsOf.apply(path).forEach(c -> invalid(path, c, known).ifPresent(findings::add));
        }
        findings.removeIf(f -> config.lint().disabled(f.ruleId()));
        LocalDate today = LocalDate.now(clock);
        Suppressor.Outcome outcome = Suppressor.apply(findings, commentsOf, config.ignores(), today);
        problems.addAll(unknownDisables(config, known));
        List<Finding> kept = new ArrayList<>(outcome.kept());
        kept.removeIf(f -> config.lint().disabled(f.ruleId()));
        kept.sort(ORDER);
        problems.sort(Comparator.naturalOrder());
        return new LintResult(kept, problems, outcome.suppressed(), checked.size(), rulesRun(active, config));
    }

    /** Findings by file, line, rule, subject; findings without a place last. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::location, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::subject)
            .thenComparing(Finding::message);

    private static void check(RuleFamily family, LintFile file, LintContext context, List<Finding> findings, List<Problem> problems) {
        try {
            findings.addAll(family.check(file, context));
        } catch (FormatException e) {
            problems.add(new Problem(family.id(), new Location(file.path(), Math.max(0, e.line())), "cannot parse: " + e.getMessage()));
        } catch (IOException e) {
            problems.add(new Problem(family.id(), Location.of(file.path()), "cannot read: " + e.getMessage()));
        } catch (RuntimeException e) {
            // A bug in one family must not hide the others' findings; the problem makes the run partial.
            problems.add(new Problem(family.id(), Location.of(file.path()), "internal error in rule family '" + family.id()
                    + "' (please report it): " + e));
        }
    }

    private static Optional<Finding> invalid(String path, InlineIgnores.Comment c, Set<String> known) {
        Location at = new Location(path, c.line());
        String named = String.join(", ", c.ids());
        if (c.ids().isEmpty()) {
            return Optional.of(EngineRules.INVALID_IGNORE.finding("line " + c.line(), at,
                    "the upkeep-ignore comment on " + at + " names no rule, so it suppresses nothing"));
        }
        List<String> unknown = c.ids().stream().filter(id -> known.stream().noneMatch(k -> Glob.of(id).matches(k))).toList();
        if (!unknown.isEmpty()) {
            return Optional.of(EngineRules.INVALID_IGNORE.finding("line " + c.line(), at,
                    "the upkeep-ignore comment on " + at + " names no known rule (" + String.join(", ", unknown) + "), so it suppresses nothing"));
        }
        if (c.reason().isBlank()) {
            return Optional.of(EngineRules.INVALID_IGNORE.finding("line " + c.line(), at,
                    "the upkeep-ignore comment on " + at + " for " + named + " gives no reason, so it suppresses nothing"));
        }
        return Optional.empty();
    }

    private static List<Problem> unknownDisables(UpkeepConfig config, Set<String> known) {
        List<Problem> problems = new ArrayList<>();
        for (Glob g : config.lint().disable()) {
            if (known.stream().noneMatch(g::matches)) {
                problems.add(new Problem("config", Location.of(ConfigLoader.FILE_NAME),
                        "lint.disable: '" + g + "' matches no rule; check the id against 'docs/rules/'"));
            }
        }
        return problems;
    }

    private static List<RuleInfo> rulesRun(List<RuleFamily> active, UpkeepConfig config) {
        List<RuleInfo> rules = new ArrayList<>();
        active.forEach(f -> f.rules().stream().filter(r -> !config.lint().disabled(r.id())).forEach(rules::add));
        EngineRules.ALL.stream().filter(r -> !config.lint().disabled(r.id())).forEach(rules::add);
        rules.sort(Comparator.comparing(RuleInfo::id));
        return rules;
    }

    private static boolean isDoc(String path) {
        int dot = path.lastIndexOf('.');
        return dot >= 0 && DOC_EXTENSIONS.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private record Input(String path, String text) implements LintFile {}
}
