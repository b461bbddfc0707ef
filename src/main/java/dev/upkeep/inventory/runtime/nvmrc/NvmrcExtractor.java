package dev.upkeep.inventory.runtime.nvmrc;

import dev.upkeep.domain.Location;
import dev.upkeep.inventory.Extraction;
import dev.upkeep.inventory.Extractor;
import dev.upkeep.inventory.ExtractorInput;
import dev.upkeep.inventory.FormatException;
import dev.upkeep.inventory.runtime.CommentedLines;
import dev.upkeep.inventory.runtime.Runtimes;
import java.io.IOException;
import java.util.List;

/**
 * The Node.js version of {@code .nvmrc} (nvm) and {@code .node-version} (nodenv, fnm, volta...):
 * one version or alias on its first meaningful line; {@code #} starts a comment.
 */
public final class NvmrcExtractor implements Extractor {
    @Override
    public String id() {
        return "runtime/nvmrc";
    }

    @Override
    public String description() {
        return "Node.js version pinned by .nvmrc or .node-version";
    }

    @Override
    public boolean wants(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.equals(".nvmrc") || name.equals(".node-version");
    }

    @Override
    public Extraction extract(ExtractorInput input) throws IOException {
        String name = input.path().substring(input.path().lastIndexOf('/') + 1);
        List<CommentedLines.Line> lines = CommentedLines.of(input.text());
        if (lines.isEmpty()) {
            throw new FormatException("no Node.js version in " + name, 0);
        }
        CommentedLines.Line line = lines.get(0);
        if (line.text().chars().anyMatch(Character::isWhitespace)) {
            throw new FormatException("expected one Node.js version, found '" + line.text() + "'", line.number());
        }
        return Extraction.of(List.of(Runtimes.builder("node", line.text(), name)
                .location(new Location(input.path(), line.number()))
                .build()));
    }
}
