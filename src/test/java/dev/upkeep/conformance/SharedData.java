package dev.upkeep.conformance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Locates {@code ../shared} (beside the project root) and the conformance output folder. */
public final class SharedData {
    private SharedData() {}

    /** The shared folder; fails loudly when it is missing, because a conformance run must not pass silently. */
    public static Path shared() {
        Path p = Paths.get(System.getProperty("upkeep.shared", "../shared")).toAbsolutePath().normalize();
        if (!Files.isDirectory(p.resolve("conformance"))) {
            throw new AssertionError("conformance data not found at " + p
                    + "/conformance (set -Dupkeep.shared=DIR); the conformance profile needs it");
        }
        return p;
    }

    public static Path conformance() {
        return shared().resolve("conformance");
    }

    /** Writes a Markdown summary to target/conformance/NAME.md and returns its path. */
    public static Path writeSummary(String name, String markdown) {
        try {
            Path dir = Paths.get("target", "conformance");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".md");
            Files.writeString(file, markdown);
            System.out.println(markdown);
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write the conformance summary " + name, e);
        }
    }
}
