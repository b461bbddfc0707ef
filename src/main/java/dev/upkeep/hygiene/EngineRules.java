package dev.upkeep.hygiene;

import dev.upkeep.domain.Severity;
import java.util.List;

/** The rules the engine itself applies to suppressions; their pages are in docs/rules/upkeep/. */
public final class EngineRules {
    public static final RuleInfo INVALID_IGNORE = new RuleInfo("upkeep/invalid-ignore", Severity.LOW,
            "An inline upkeep-ignore comment without a reason or a known rule id suppresses nothing",
            "Write '# upkeep-ignore <rule-id>: <why this is acceptable>' naming a rule that exists, or remove the comment.");

    public static final RuleInfo EXPIRED_IGNORE = new RuleInfo("upkeep/expired-ignore", Severity.LOW,
            "An upkeep.yml ignore entry is past its 'until' date, so its findings are reported again",
            "Fix the findings it covered and delete the entry, or, if the reason still holds, review it and move 'until' forward.");

    public static final List<RuleInfo> ALL = List.of(INVALID_IGNORE, EXPIRED_IGNORE);

    private EngineRules() {}
}
