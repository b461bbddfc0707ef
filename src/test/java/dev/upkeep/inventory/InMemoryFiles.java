package dev.upkeep.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Files held in memory, handed to an extractor as {@link ExtractorInput}s: a fake of the scanned tree. */
public final class InMemoryFiles {
    private final Map<String, String> files = new HashMap<>();

    public static ExtractorInput of(String path, String text) {
        return new InMemoryFiles().with(path, text).input(path);
    }

    public InMemoryFiles with(String path, String text) {
        files.put(path, text);
        return this;
    }

    public ExtractorInput input(String path) {
        if (!files.containsKey(path)) {
            throw new IllegalArgumentException("no in-memory file " + path);
        }
        return new ExtractorInput() {
            @Override
            public String path() {
                return path;
            }

            @Override
            public String text() {
                return files.get(path);
            }

            @Override
            public Optional<ExtractorInput> open(String relativePath) {
                Path parent = Path.of(path).getParent();
                String joined = (parent == null ? Path.of(relativePath) : parent.resolve(relativePath)).normalize().toString();
                return files.containsKey(joined) ? Optional.of(input(joined)) : Optional.empty();
            }
        };
    }

    /** A test resource beside {@code anchor}'s package, as text. */
    public static String resource(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name + " beside " + anchor.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fixture " + name, e);
        }
    }
}
