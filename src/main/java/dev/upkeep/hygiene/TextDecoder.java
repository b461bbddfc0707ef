package dev.upkeep.hygiene;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Turns file bytes into text for the rules: UTF-8 (malformed bytes replaced), or UTF-16 when a byte order mark says so. */
final class TextDecoder {
    private TextDecoder() {}

    /** The text, or empty when the bytes look binary (a NUL byte in the first 8 KiB, without a UTF-16 mark). */
    static Optional<String> decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return Optional.of(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE));
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return Optional.of(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE));
        }
        int probe = Math.min(bytes.length, 8192);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                return Optional.empty();
            }
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        return Optional.of(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8));
    }
}
