package dev.upkeep.probe.backup;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a whole backup the way a restore would, without a database: SQL text to its closing
 * comment (through gzip, which checks its CRC at the end), archives through
 * {@code pg_restore --file=/dev/null}, which decompresses every data block.
 */
final class Readability {
    private Readability() {}

    /** Why {@code b} could not be read whole, or empty when it could. */
    static Optional<String> problem(BackupFile b, PgTools tools, Duration timeout) throws IOException {
        return switch (b.format()) {
            case PLAIN, GZIP_PLAIN -> plain(b);
            case CUSTOM, DIRECTORY, TAR -> archive(tools, timeout, b, null);
            case GZIP_CUSTOM -> archive(tools, timeout, b, out -> {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(b.path()), 1 << 16)) {
                    in.transferTo(out);
                }
            });
            case UNKNOWN -> Optional.of("not a pg_dump backup: neither a custom, directory or tar archive nor SQL text (plain or gzip)");
        };
    }

    static InputStream open(BackupFile b) throws IOException {
        InputStream raw = Files.newInputStream(b.path());
        return b.format().gzip() ? new GZIPInputStream(raw, 1 << 16) : raw;
    }

    private static Optional<String> plain(BackupFile b) throws IOException {
        PlainDump scan = new PlainDump();
        try (InputStream in = open(b)) {
            scan.copy(in, OutputStream.nullOutputStream(), false);
        } catch (EOFException | ZipException e) {
            return Optional.of("the gzip data is cut short or corrupt (" + e.getMessage() + ")");
        }
        return scan.complete() ? Optional.empty()
                : Optional.of("the dump does not end with '" + PlainDump.COMPLETE + "': it was cut short (" + scan.lines() + " lines)");
    }

    private static Optional<String> archive(PgTools tools, Duration timeout, BackupFile b, PgTools.Feed feed) throws IOException {
        PgTools.Run r = feed == null
                ? tools.run(tools.command("pg_restore", "--file=/dev/null", b.path().toString()), Map.of(), timeout, null)
                : tools.run(tools.command("pg_restore", "--file=/dev/null", "--format=custom"), Map.of(), timeout, feed);
        if (r.exit() == 0) {
            return Optional.empty();
        }
        String first = r.stderr().lines().filter(l -> !l.isBlank()).findFirst().orElse("exit code " + r.exit());
        return Optional.of("pg_restore cannot read it: " + first.replaceFirst("^pg_restore: ", ""));
    }
}
