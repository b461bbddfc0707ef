package dev.upkeep.hygiene.migration;

import dev.upkeep.domain.Finding;
import dev.upkeep.hygiene.LintContext;
import dev.upkeep.hygiene.LintFile;
import dev.upkeep.hygiene.RuleFamily;
import dev.upkeep.hygiene.RuleInfo;
import dev.upkeep.hygiene.migration.alembic.AlembicReader;
import dev.upkeep.hygiene.migration.rules.Migration;
import dev.upkeep.hygiene.migration.rules.MigrationRule;
import dev.upkeep.hygiene.migration.rules.MigrationRules;
import dev.upkeep.hygiene.migration.sql.SqlParser;
import dev.upkeep.hygiene.migration.sql.Statement;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL lock safety of schema migrations: Flyway and Prisma scripts, plain SQL migrations
 * and Alembic revisions. Each file is read once into statements (Alembic operations become the
 * DDL they emit), placed in the transactions its tool runs them in, and checked by every rule.
 */
public final class MigrationRuleFamily implements RuleFamily {
    /** Where the up part of a two-way SQL file ends (dbmate, goose, sql-migrate). */
    private static final Pattern DOWN_SECTION =
            Pattern.compile("(?im)^[ \\t]*--[ \\t]*(migrate:down|\\+goose[ \\t]+down|\\+migrate[ \\t]+down)\\b");

    private final List<MigrationRule> rules = MigrationRules.all();

    @Override
    public String id() {
        return "migration";
    }

    @Override
    public List<RuleInfo> rules() {
        return rules.stream().map(MigrationRule::info).toList();
    }

    @Override
    public boolean wants(String path) {
        return MigrationTool.of(path).isPresent();
    }

    @Override
    public List<Finding> check(LintFile file, LintContext context) throws IOException {
        String path = file.path();
        Optional<MigrationTool> found = MigrationTool.of(path);
        if (found.isEmpty()
                || (found.get() == MigrationTool.ALEMBIC && !MigrationTool.isAlembicRevision(path, context.paths()))) {
            return List.of();
        }
        MigrationTool tool = found.get();
        String text = file.text();
        List<Statement> statements = tool == MigrationTool.ALEMBIC ? AlembicReader.read(text) : upSection(text);
        Migration migration = Migration.of(path, statements,
                TransactionModes.of(tool, path, text, statements, context),
                context.postgresMajor(), LockTimeoutConfig.configured(tool, path, context));
        List<Finding> findings = new ArrayList<>();
        for (MigrationRule rule : rules) {
            findings.addAll(rule.check(migration));
        }
        findings.sort(Comparator.comparing(Finding::location).thenComparing(Finding::ruleId));
        return findings;
    }

    /** The statements of a SQL file, without a down section when the file has one. */
    private static List<Statement> upSection(String text) {
        List<Statement> statements = SqlParser.parse(text);
        Matcher down = DOWN_SECTION.matcher(text);
        if (!down.find()) {
            return statements;
        }
        int downLine = (int) text.substring(0, down.start()).chars().filter(c -> c == '\n').count() + 1;
        return statements.stream().filter(s -> s.line() < downLine).toList();
    }
}
