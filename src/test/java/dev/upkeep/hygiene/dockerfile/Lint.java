package dev.upkeep.hygiene.dockerfile;

import dev.upkeep.domain.Finding;
import dev.upkeep.hygiene.LintContext;
import dev.upkeep.hygiene.LintFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Runs the family over inline Dockerfiles, with an in-memory repository around them. */
final class Lint {
    private Lint() {}

    static List<Finding> all(String dockerfile) {
        return all("Dockerfile", dockerfile, Map.of());
    }

    /** The findings of {@code ruleId} for {@code dockerfile} at the repository root. */
    static List<Finding> of(String ruleId, String dockerfile) {
        return all(dockerfile).stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    static List<Finding> all(String path, String dockerfile, Map<String, String> otherFiles) {
        Map<String, String> files = new TreeMap<>(otherFiles);
        files.put(path, dockerfile);
        LintFile file = new LintFile() {
            @Override
            public String path() {
                return path;
            }

            @Override
            public String text() {
                return dockerfile;
            }
        };
        LintContext context = new LintContext() {
            @Override
            public List<String> paths() {
                return List.copyOf(files.keySet());
            }

            @Override
            public Optional<String> read(String p) {
                return Optional.ofNullable(files.get(p));
            }

            @Override
            public Optional<Integer> postgresMajor() {
                return Optional.empty();
            }
        };
        try {
            return new DockerfileRules().check(file, context);
        } catch (IOException e) {
            throw new UncheckedIOException("check(" + path + ")", e);
        }
    }
}
