package dev.upkeep.hygiene.dockerfile;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.RuleInfo;
import java.util.List;
import java.util.Map;

/** MAINTAINER is deprecated; the OCI author label carries the same information. */
final class MaintainerDeprecated implements DockerfileRule {
    static final RuleInfo INFO = new RuleInfo("dockerfile/maintainer-deprecated", Severity.INFO,
            "MAINTAINER is deprecated",
            "Replace it with LABEL org.opencontainers.image.authors=\"name <email>\".");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(Target t) {
        return t.dockerfile().instructions().stream().filter(i -> i.is("MAINTAINER"))
                .map(i -> t.finding(INFO, i, "MAINTAINER", "MAINTAINER at line " + i.line() + " is deprecated.",
                        Map.of("maintainer", i.body())))
                .toList();
    }
}
