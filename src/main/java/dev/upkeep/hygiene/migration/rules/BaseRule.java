package dev.upkeep.hygiene.migration.rules;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What every migration rule shares: its info and how a finding is made. */
abstract class BaseRule implements MigrationRule {
    private final RuleInfo info;

    BaseRule(String name, Severity severity, String title, String fix) {
        this.info = new RuleInfo("migration/" + name, severity, title, fix);
    }

    @Override
    public final RuleInfo info() {
        return info;
    }

    /**
     * The findings {@code check} makes (or {@code null}) for each ALTER TABLE action on a table that
     * existed before this file.
     */
    static List<Finding> onExistingTables(Migration m, Function<Migration.TableAction, Finding> check) {
        List<Finding> findings = new ArrayList<>();
        for (Migration.TableAction a : m.tableActions()) {
            Finding finding = m.isNew(a.table(), a.step()) ? null : check.apply(a);
            if (finding != null) {
                findings.add(finding);
            }
        }
        return findings;
    }

    /** A finding at {@code step} about {@code subject}, carrying the statement as evidence. */
    Finding finding(Migration migration, Step step, String subject, String message) {
        return info.finding(subject, migration.location(step), message)
                .withEvidence(Map.of("statement", step.statement().text()));
    }
}
