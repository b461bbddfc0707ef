package dev.upkeep.inventory.runtime.toolversions;

import dev.upkeep.domain.Component;
import dev.upkeep.domain.Kind;
import dev.upkeep.domain.Location;
import dev.upkeep.domain.SkipReason;
import dev.upkeep.inventory.Extraction;
import dev.upkeep.inventory.Extractor;
import dev.upkeep.inventory.ExtractorInput;
import dev.upkeep.inventory.FormatException;
import dev.upkeep.inventory.runtime.CommentedLines;
import dev.upkeep.inventory.runtime.Runtimes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * asdf's and mise's {@code .tool-versions}: {@code <tool> <version> [<fallback>...]} per line.
 * Language runtimes and servers become runtime components under upkeep's names ({@code nodejs} is
 * {@code node}, {@code postgres} is {@code postgresql}); any other tool keeps its plugin name and
 * is a {@link Kind#TOOL}. {@code ref:} and {@code path:} versions are reported with skip reasons.
 */
public final class ToolVersionsExtractor implements Extractor {
    private static final String FILE = ".tool-versions";
    private static final Map<String, String> RENAMED = Map.of(
            "nodejs", "node", "golang", "go", "postgres", "postgresql");
    private static final Set<String> RUNTIMES = Set.of(
            "node", "python", "postgresql", "redis", "ruby", "go", "java", "deno", "bun", "php", "rust",
            "erlang", "elixir", "dotnet", "mysql", "mongodb");

    @Override
    public String id() {
        return "runtime/tool-versions";
    }

    @Override
    public String description() {
        return "runtimes and tools pinned by .tool-versions (asdf, mise)";
    }

    @Override
    public boolean wants(String path) {
        return path.equals(FILE) || path.endsWith("/" + FILE);
    }

    @Override
    public Extraction extract(ExtractorInput input) throws IOException {
        List<Component> components = new ArrayList<>();
        for (CommentedLines.Line line : CommentedLines.of(input.text())) {
            String[] words = line.text().split("\\s+");
            if (words.length < 2) {
                throw new FormatException("expected '<tool> <version>', found '" + line.text() + "'", line.number());
            }
            String plugin = words[0].toLowerCase(Locale.ROOT);
            String name = RENAMED.getOrDefault(plugin, plugin);
            Kind kind = RUNTIMES.contains(name) ? Kind.RUNTIME : Kind.TOOL;
            for (int i = 1; i < words.length; i++) {
                Component.Builder builder = Runtimes.builder(kind, name, words[i], FILE)
                        .location(new Location(input.path(), line.number()));
                if (words[i].startsWith("ref:")) {
                    builder.version(null).skipReason(SkipReason.GIT);
                } else if (words[i].startsWith("path:")) {
                    builder.version(null).skipReason(SkipReason.PATH);
                }
                components.add(builder.build());
            }
        }
        return Extraction.of(components);
    }
}
