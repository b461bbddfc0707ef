package dev.upkeep.hygiene.migration.rules;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.RuleInfo;
import java.util.Map;

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

    /** A finding at {@code step} about {@code subject}, carrying the statement as evidence. */
    Finding finding(Migration migration, Step step, String subject, String message) {
        return info.finding(subject, migration.location(step), message)
                .withEvidence(Map.of("statement", step.statement().text()));
    }
}
