package dev.upkeep.probe.backup;

import dev.upkeep.probe.ProbeException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** Lists the backups of a location, newest first, and tells each one's format from its first bytes. */
public final class BackupCatalog {
    private static final byte[] PGDMP = "PGDMP".getBytes(StandardCharsets.US_ASCII);

    private BackupCatalog() {}

    /**
     * The entries of {@code dir} (not its subfolders, except directory-format dumps) whose names
     * match {@code glob}, newest first.
     *
     * @throws ProbeException when the folder cannot be listed
     */
    public static List<BackupFile> list(Path dir, String glob) {
        PathMatcher matcher = dir.getFileSystem().getPathMatcher("glob:" + glob);
        List<BackupFile> out = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (!matcher.matches(p.getFileName())) {
                    continue;
                }
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                if (a.isDirectory() && !Files.isRegularFile(p.resolve("toc.dat"))) {
                    continue;
                }
                if (a.isDirectory() || a.isRegularFile()) {
                    out.add(read(p));
                }
            }
        } catch (NoSuchFileException e) {
            throw new ProbeException("no such folder: " + dir);
        } catch (IOException e) {
            throw new ProbeException("cannot list " + dir + ": " + e.getMessage());
        }
        out.sort(Comparator.comparing(BackupFile::modified).reversed().thenComparing(b -> b.path().getFileName().toString()));
        return out;
    }

    /** Reads one backup's time, size and format. */
    public static BackupFile read(Path p) throws IOException {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
        if (a.isDirectory()) {
            long size;
            try (Stream<Path> files = Files.walk(p)) {
                size = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
            }
            BackupFormat f = startsWith(p.resolve("toc.dat"), PGDMP) ? BackupFormat.DIRECTORY : BackupFormat.UNKNOWN;
            return new BackupFile(p, a.lastModifiedTime().toInstant(), size, f);
        }
        return new BackupFile(p, a.lastModifiedTime().toInstant(), a.size(), format(p));
    }

    static BackupFormat format(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(512);
        }
        if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            byte[] inner;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                inner = in.readNBytes(512);
            } catch (IOException e) {
                return BackupFormat.GZIP_PLAIN;
            }
            return startsWith(inner, PGDMP) ? BackupFormat.GZIP_CUSTOM : isSqlDump(inner) ? BackupFormat.GZIP_PLAIN : BackupFormat.UNKNOWN;
        }
        if (startsWith(head, PGDMP)) {
            return BackupFormat.CUSTOM;
        }
        if (head.length >= 262 && new String(head, 257, 5, StandardCharsets.US_ASCII).equals("ustar")) {
            return BackupFormat.TAR;
        }
        return isSqlDump(head) ? BackupFormat.PLAIN : BackupFormat.UNKNOWN;
    }

    private static boolean isSqlDump(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        return text.contains("PostgreSQL database dump") || text.startsWith("SET ") || text.startsWith("--");
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(Path file, byte[] prefix) throws IOException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return startsWith(in.readNBytes(prefix.length), prefix);
        }
    }
}
