package dev.upkeep.inventory.python;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.upkeep.domain.Location;
import dev.upkeep.inventory.ExtractorInput;
import dev.upkeep.inventory.FormatException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * A TOML lockfile (uv.lock, poetry.lock, pdm.lock, pylock.toml) read up to its array of package
 * tables: the document, and each entry with its name and the line of its {@code name} key. The
 * regular TOML lock tools write is read by {@link TomlSubsetReader}, the rest by Jackson. A file
 * whose array is not an array, or whose entry has no name, is a {@link FormatException} at that line.
 *
 * @param root the whole document
 * @param packages the entries, in file order
 */
public record TomlLock(ObjectNode root, List<Entry> packages) {
    /** One package table: its position in the array, its content, its name as written and where that is. */
    public record Entry(int index, JsonNode node, String name, Location location) {}

    public TomlLock {
        packages = List.copyOf(packages);
    }

    /** Reads {@code input}; {@code array} is the key of the package tables ({@code package}, {@code packages}). */
    public static TomlLock read(ExtractorInput input, String array, String format) throws IOException {
        String text = input.text();
        ObjectNode fast = TomlSubsetReader.read(text);
        ObjectNode root = fast != null ? fast : Toml.parse(text);
        JsonNode tables = root.path(array);
        if (!tables.isMissingNode() && !tables.isArray()) {
            throw new FormatException("not a " + format + ": '" + array + "' is not an array of tables", new TomlLines(text).line(List.of(array)));
        }
        IntUnaryOperator lineOf = nameLines(text, array, tables.size());
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            int line = lineOf.applyAsInt(i);
            String name = Toml.text(tables.get(i).get("name"));
            if (name == null) {
                throw new FormatException(array + " " + (i + 1) + " has no name", line);
            }
            entries.add(new Entry(i, tables.get(i), name, new Location(input.path(), line)));
        }
        return new TomlLock(root, entries);
    }

    /** Table index → line of its {@code name}: the one-pass scanner when it read every table, else {@link TomlLines}. */
    private static IntUnaryOperator nameLines(String text, String array, int tables) {
        ArrayTableLines.Lines fast = ArrayTableLines.scan(text, array, "name");
        if (fast != null && fast.size() == tables) {
            return fast::line;
        }
        TomlLines lines = new TomlLines(text);
        return i -> lines.inArrayTable(array, i, "name");
    }

    /** Whether {@code path} names a file called {@code name} in any folder: the usual {@code wants}. */
    public static boolean named(String path, String name) {
        return path.equals(name) || path.endsWith("/" + name);
    }
}
