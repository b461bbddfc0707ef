package dev.upkeep.inventory.python;

import dev.upkeep.domain.Component;
import dev.upkeep.inventory.Extraction;
import dev.upkeep.inventory.Extractor;
import dev.upkeep.inventory.ExtractorInput;
import dev.upkeep.inventory.FileInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;

/** Inputs for extractor tests: fixture files beside the test's package, or text held in memory. */
public final class Fixtures {
    private Fixtures() {}

    /** The fixture {@code file} (relative to the test class's resource folder), read like the scanner reads it. */
    public static ExtractorInput file(Class<?> test, String file) {
        try {
            Path root = Path.of(test.getResource("").toURI()).toRealPath();
            return new FileInput(root, file, 1 << 20);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("no fixture folder for " + test.getName(), e);
        }
    }

    /** Runs {@code extractor} on a fixture file. */
    public static Extraction extract(Extractor extractor, Class<?> test, String file) {
        try {
            return extractor.extract(file(test, file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code extractor} on {@code text} as file {@code path}. */
    public static Extraction extract(Extractor extractor, String path, String text) {
        try {
            return extractor.extract(memory(path, Map.of(path, text)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one component named {@code name}. */
    public static Component named(Extraction x, String name) {
        return x.components().stream().filter(c -> c.name().equals(name)).reduce((a, b) -> {
            throw new AssertionError("two components named " + name + ": " + a + ", " + b);
        }).orElseThrow(() -> new AssertionError("no component named " + name + " in " + x.components()));
    }

    /** An input over files held in memory, with {@link ExtractorInput#open} resolving {@code ..} like the scanner. */
    public static ExtractorInput memory(String path, Map<String, String> files) {
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
            public Optional<ExtractorInput> open(String relative) {
                Deque<String> parts = new ArrayDeque<>();
                String dir = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
                for (String p : (dir + relative).split("/")) {
                    if (p.equals("..")) {
                        if (parts.isEmpty()) {
                            return Optional.empty();
                        }
                        parts.removeLast();
                    } else if (!p.isEmpty() && !p.equals(".")) {
                        parts.addLast(p);
                    }
                }
                String target = String.join("/", parts);
                return files.containsKey(target) ? Optional.of(memory(target, files)) : Optional.empty();
            }
        };
    }
}
