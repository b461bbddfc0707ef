package dev.upkeep.inventory.npm;

import dev.upkeep.domain.Component;
import dev.upkeep.inventory.Extraction;
import dev.upkeep.inventory.ExtractorInput;
import dev.upkeep.inventory.FileInput;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Inputs for the npm extractors' tests: fixture files read as the scanner reads them, or inline text. */
public final class Fixtures {
    private static final String BASE = "/dev/upkeep/inventory/npm/";

    private Fixtures() {}

    /**
     * The fixture at {@code relative} (under {@code src/test/resources/dev/upkeep/inventory/npm/}),
     * with its folder as the scanned root, so that it can open the files beside it.
     */
    public static ExtractorInput file(String relative) {
        URL url = Fixtures.class.getResource(BASE + relative);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + BASE + relative);
        }
        try {
            Path file = Path.of(url.toURI());
            return new FileInput(file.getParent().toRealPath(), file.getFileName().toString(), 64L << 20);
        } catch (URISyntaxException | java.io.IOException e) {
            throw new IllegalStateException("cannot open fixture " + relative + ": " + e.getMessage(), e);
        }
    }

    /** An inline file with nothing beside it. */
    public static ExtractorInput text(String path, String text) {
        return new ExtractorInput() {
            @Override
            public String path() {
                return path;
            }

            @Override
            public String text() {
                return text;
            }

            @Override
            public Optional<ExtractorInput> open(String relativePath) {
                return Optional.empty();
            }
        };
    }

    /**
     * One line per component, {@code name@version}, {@code name@version (skip reason)} or
     * {@code name (skip reason)}, then relation,
     * scope and first line: compact enough to compare a whole lockfile at once.
     */
    public static List<String> summary(Extraction x) {
        return x.components().stream().map(Fixtures::summary).sorted().toList();
    }

    public static String summary(Component c) {
        String what = (c.version() != null ? c.name() + "@" + c.version() : c.name())
                + (c.skipReason() != null ? " (" + c.skipReason().id() + ")" : "");
        return what + " " + c.relation().id() + " " + c.scope().id() + " :" + c.locations().get(0).line();
    }

    /** The component of {@code name} at {@code version} (null for none); fails naming what there is. */
    public static Component find(Extraction x, String name, String version) {
        return x.components().stream().filter(c -> c.name().equals(name) && java.util.Objects.equals(c.version(), version))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + "@" + version + " in " + summary(x)));
    }
}
