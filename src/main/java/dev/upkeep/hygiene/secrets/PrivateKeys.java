package dev.upkeep.hygiene.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds PEM private key blocks, also inside JSON strings ({@code "-----BEGIN PRIVATE KEY-----\nMII…"}).
 * A block counts only when key material follows (a run of at least 40 base64 characters), so
 * documentation that shows the header with "…" is not reported.
 */
final class PrivateKeys {
    record Key(String kind, boolean encrypted, int line) {}

    private static final Pattern BEGIN = Pattern.compile("-----BEGIN ((?:RSA |DSA |EC |OPENSSH |ENCRYPTED |PGP )?)PRIVATE KEY(?: BLOCK)?-----");
    private static final Pattern BODY = Pattern.compile("[A-Za-z0-9+/]{40,}");

    private PrivateKeys() {}

    static List<Key> scan(String text) {
        List<Key> keys = new ArrayList<>();
        if (!text.contains("PRIVATE KEY")) {
            return keys;
        }
        Matcher m = BEGIN.matcher(text);
        while (m.find()) {
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 400)).replace("\\n", "\n");
            int end = after.indexOf("-----END");
            String body = end >= 0 ? after.substring(0, end) : after;
            if (!BODY.matcher(body).find()) {
                continue;
            }
            String kind = m.group(1).strip();
            boolean encrypted = kind.equals("ENCRYPTED") || body.contains("Proc-Type: 4,ENCRYPTED");
            keys.add(new Key(kind.isEmpty() || kind.equals("ENCRYPTED") ? "PKCS#8" : kind, encrypted, lineOf(text, m.start())));
        }
        return keys;
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
