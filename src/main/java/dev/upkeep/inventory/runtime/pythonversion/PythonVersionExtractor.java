package dev.upkeep.inventory.runtime.pythonversion;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Location;
import dev.upkeep.inventory.Extraction;
import dev.upkeep.inventory.Extractor;
import dev.upkeep.inventory.ExtractorInput;
import dev.upkeep.inventory.FormatException;
import dev.upkeep.inventory.runtime.CommentedLines;
import dev.upkeep.inventory.runtime.Runtimes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Python versions of pyenv's {@code .python-version} (also read by uv and rye): one per line,
 * the first one preferred. Names of other distributions ({@code pypy3.10-7.3.12}) are kept as the
 * constraint, without a version.
 */
public final class PythonVersionExtractor implements Extractor {
    private static final String FILE = ".python-version";

    @Override
    public String id() {
        return "runtime/python-version";
    }

    @Override
    public String description() {
        return "Python versions pinned by .python-version (pyenv, uv)";
    }

    @Override
    public boolean wants(String path) {
        return path.equals(FILE) || path.endsWith("/" + FILE);
    }

    @Override
    public Extraction extract(ExtractorInput input) throws IOException {
        List<Component> components = new ArrayList<>();
        for (CommentedLines.Line line : CommentedLines.of(input.text())) {
            for (String declared : line.text().split("\\s+")) {
                components.add(Runtimes.builder("python", declared, FILE)
                        .location(new Location(input.path(), line.number()))
                        .build());
            }
        }
        if (components.isEmpty()) {
            throw new FormatException("no Python version in " + FILE, 0);
        }
        return Extraction.of(components);
    }
}
