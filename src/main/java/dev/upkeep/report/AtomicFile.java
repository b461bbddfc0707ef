package dev.upkeep.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a report so that readers see the old file or the whole new one, never half of it. */
public final class AtomicFile {
    private AtomicFile() {}

    /**
     * Writes {@code text} as UTF-8 to a temporary file beside {@code target}, then moves it over the
     * target. A target that exists and is not a regular file ({@code /dev/null}, a named pipe, a
     * terminal) is written to directly: renaming over it would replace the device with a file.
     */
    public static void write(Path target, String text) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            if (Files.isDirectory(absolute)) {
                throw new IOException(target + " is a folder");
            }
            Files.writeString(absolute, text, StandardCharsets.UTF_8);
            return;
        }
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
