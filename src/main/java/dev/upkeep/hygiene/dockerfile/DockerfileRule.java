package dev.upkeep.hygiene.dockerfile;

import dev.upkeep.domain.Finding;
import dev.upkeep.hygiene.RuleInfo;
import java.io.IOException;
import java.util.List;

/** One rule of the family: its documentation and a check over a parsed Dockerfile. */
interface DockerfileRule {
    RuleInfo info();

    /** The findings in {@code target}; IOException only when reading another repository file fails. */
    List<Finding> check(Target target) throws IOException;
}
