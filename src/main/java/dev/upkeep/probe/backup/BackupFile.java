package dev.upkeep.probe.backup;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One backup in a location.
 *
 * @param path the file, or the folder of a directory-format dump
 * @param modified when it was last written
 * @param size its size in bytes (for a folder, of all its files)
 * @param format how it was written
 */
public record BackupFile(Path path, Instant modified, long size, BackupFormat format) {
    public BackupFile {
        requireNonNull(path, "path is null");
        requireNonNull(modified, "modified is null");
        requireNonNull(format, "format is null");
    }
}
