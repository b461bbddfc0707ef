package dev.upkeep.hygiene.dockerfile;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.RuleInfo;
import dev.upkeep.inventory.container.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ADD of a local file that is not a tar archive: ADD's extra powers (URLs, auto-extraction) are
 * surprising; COPY does exactly the copy.
 */
final class AddLocalFile implements DockerfileRule {
    static final RuleInfo INFO = new RuleInfo("dockerfile/add-local-file", Severity.LOW,
            "ADD copies a local file; use COPY",
            "Replace ADD with COPY for local files and folders; keep ADD only to fetch URLs or unpack local tar archives.");
    private static final List<String> ARCHIVES = List.of(".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz", ".tbz2",
            ".tar.xz", ".txz", ".tar.zst", ".gz", ".bz2", ".xz", ".zst", ".lz", ".lzma");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(Target t) {
        List<Finding> out = new ArrayList<>();
        for (Scope s : t.scopes()) {
            for (Instruction add : s.all("ADD")) {
                if (!add.heredocs().isEmpty() || add.words().size() < 2) {
                    continue;
                }
                List<String> sources = add.words().subList(0, add.words().size() - 1);
                String local = sources.stream().filter(AddLocalFile::isPlainLocal).findFirst().orElse(null);
                if (local != null) {
                    out.add(t.finding(INFO, add, Target.subject(add), "ADD at line " + add.line() + " copies local " + local
                            + "; COPY says the same without ADD's URL and archive handling.", Map.of("source", local)));
                }
            }
        }
        return out;
    }

    static boolean isPlainLocal(String source) {
        String s = source.toLowerCase(Locale.ROOT);
        if (s.matches("[a-z][a-z0-9+.-]*://.*") || s.startsWith("git@") || s.contains("$")) {
            return false;
        }
        return ARCHIVES.stream().noneMatch(s::endsWith);
    }
}
