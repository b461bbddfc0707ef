package dev.upkeep.hygiene;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.Severity;
import dev.upkeep.inventory.FormatException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Test helpers for rule families: in-memory files and contexts, and a marker family for engine tests. */
public final class FakeLint {
    private FakeLint() {}

    public static LintFile file(String path, String text) {
        return new LintFile() {
            @Override
            public String path() {
                return path;
            }

            @Override
            public String text() {
                return text;
            }
        };
    }

    /** A context holding these files (path → text). */
    public static LintContext context(Map<String, String> files) {
        Map<String, String> sorted = new TreeMap<>(files);
        return new LintContext() {
            @Override
            public List<String> paths() {
                return List.copyOf(sorted.keySet());
            }

            @Override
            public Optional<String> read(String path) {
                return Optional.ofNullable(sorted.get(path));
            }

            @Override
            public Optional<Integer> postgresMajor() {
                return PostgresImages.lowestMajor(sorted.keySet(), p -> Optional.ofNullable(sorted.get(p)));
            }
        };
    }

    /**
     * Checks {@code *.mark} files: a line with BAD is a {@code fake/bad} finding, WHOLE anywhere a
     * whole-file {@code fake/whole} finding, UNPARSEABLE a parse error on its line, BOOM a bug.
     */
    static final class MarkerFamily implements RuleFamily {
        static final RuleInfo BAD = new RuleInfo("fake/bad", Severity.HIGH, "A bad line", "Remove it.");
        static final RuleInfo WHOLE = new RuleInfo("fake/whole", Severity.LOW, "A whole file", "Rename it.");

        @Override
        public String id() {
            return "fake";
        }

        @Override
        public List<RuleInfo> rules() {
            return List.of(BAD, WHOLE);
        }

        @Override
        public boolean wants(String path) {
            return path.endsWith(".mark");
        }

        @Override
        public List<Finding> check(LintFile file, LintContext context) throws java.io.IOException {
            List<Finding> findings = new ArrayList<>();
            String[] lines = file.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].contains("UNPARSEABLE")) {
                    throw new FormatException("unexpected token", i + 1);
                }
                if (lines[i].contains("BOOM")) {
                    throw new IllegalStateException("bug");
                }
                if (lines[i].contains("BAD")) {
                    findings.add(BAD.finding("line" + (i + 1), new Location(file.path(), i + 1), "bad on line " + (i + 1)));
                }
            }
            if (file.text().contains("WHOLE")) {
                findings.add(WHOLE.finding(file.path(), Location.of(file.path()), "whole file"));
            }
            return findings;
        }
    }
}
