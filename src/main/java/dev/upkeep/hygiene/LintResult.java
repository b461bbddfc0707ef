package dev.upkeep.hygiene;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Problem;
import java.util.List;

/**
 * What one lint run found.
 *
 * @param findings the findings left after suppression, sorted by file, line, rule and subject
 * @param problems files that could not be read or parsed, and configuration trouble, sorted
 * @param suppressed how many findings an inline comment or an upkeep.yml ignore suppressed
 * @param filesChecked how many files at least one rule family checked
 * @param rules every rule that ran, sorted by id (reports list them: SARIF's rule table)
 */
public record LintResult(List<Finding> findings, List<Problem> problems, int suppressed, int filesChecked, List<RuleInfo> rules) {
    public LintResult {
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
        rules = List.copyOf(rules);
        if (suppressed < 0 || filesChecked < 0) {
            throw new IllegalArgumentException("negative count: suppressed " + suppressed + ", filesChecked " + filesChecked);
        }
    }
}
