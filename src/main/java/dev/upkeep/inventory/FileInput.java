package dev.upkeep.inventory;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A file under a root, read on demand with a size cap. Text is decoded as UTF-8, or as UTF-16
 * when the file starts with a byte order mark; a file with NUL bytes and no UTF-16 mark is binary
 * and refused with a {@link FormatException}.
 */
public final class FileInput implements ExtractorInput {
    private final Path root;
    private final String path;
    private final long maxSize;
    private String text;

    /**
     * @param root the real path of the scanned root
     * @param path the file, relative to {@code root}, forward slashes
     * @param maxSize largest file read, in bytes
     */
    public FileInput(Path root, String path, long maxSize) {
        this.root = requireNonNull(root, "root is null");
        this.path = requireNonNull(path, "path is null");
        this.maxSize = maxSize;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public String text() throws IOException {
        if (text == null) {
            Path file = root.resolve(path);
            long size = Files.size(file);
            if (size > maxSize) {
                throw new FormatException("file is " + mib(size) + ", over the " + mib(maxSize) + " limit (--max-file-size)");
            }
            text = decode(Files.readAllBytes(file));
        }
        return text;
    }

    @Override
    public Optional<ExtractorInput> open(String relativePath) throws IOException {
        String joined = join(parent(path), relativePath);
        if (joined == null) {
            return Optional.empty();
        }
        Path file = root.resolve(joined).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        if (!file.toRealPath().startsWith(root) || Files.size(file) > maxSize) {
            return Optional.empty();
        }
        return Optional.of(new FileInput(root, root.relativize(file).toString().replace('\\', '/'), maxSize));
    }

    /** Decodes file bytes to text: BOM-aware, refusing binary content. */
    public static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        int probe = Math.min(bytes.length, 8192);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                throw new FormatException("binary file, not text");
            }
        }
        try {
            return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // Old files saved in Latin-1 still parse; every byte maps to one character.
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private static java.nio.charset.CharsetDecoder strict(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static String parent(String p) {
        int slash = p.lastIndexOf('/');
        return slash < 0 ? "" : p.substring(0, slash + 1);
    }

    /** Joins a relative reference to a folder, resolving {@code ..}; null when it climbs above the root. */
    static String join(String dir, String ref) {
        if (ref.startsWith("/") || ref.contains("\\") || ref.contains(":")) {
            return null; // absolute or foreign paths never resolve inside the scanned tree
        }
        String combined = dir + ref;
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (String part : combined.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    private static String mib(long bytes) {
        return bytes >= (1 << 20) ? (bytes >> 20) + " MiB" : bytes + " bytes";
    }
}
