package dev.upkeep.hygiene.dockerfile;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Whether a variable name says it holds a secret (password, token, API key...). */
final class Secrets {
    private static final Set<String> SECRET_WORDS = Set.of("PASSWORD", "PASSWD", "PASS", "PASSPHRASE", "SECRET",
            "SECRETS", "TOKEN", "APIKEY", "CREDENTIAL", "CREDENTIALS", "PRIVATEKEY");
    /** Parts that make the variable about a secret rather than the secret itself. */
    private static final Set<String> NOT_THE_SECRET = Set.of("FILE", "PATH", "DIR", "URL", "URI", "HOST", "PORT",
            "ENDPOINT", "NAME", "TYPE", "LENGTH", "ENABLED", "EXPIRY", "EXPIRES", "TTL", "HEADER", "ALGORITHM", "MOUNT");
    /** Keys that are public by nature. */
    private static final Set<String> PUBLIC_KEYS = Set.of("GPG", "PGP", "PUBLIC", "PUB", "SIGNING", "PRIMARY", "SORT", "PARTITION");

    private Secrets() {}

    static boolean secretName(String name) {
        List<String> parts = Arrays.asList(name.toUpperCase(Locale.ROOT).split("[_.\\-]+"));
        if (parts.isEmpty() || NOT_THE_SECRET.contains(parts.get(parts.size() - 1))) {
            return false;
        }
        if (parts.stream().anyMatch(SECRET_WORDS::contains)) {
            return true;
        }
        int key = parts.indexOf("KEY");
        if (key < 0) {
            return false;
        }
        return key == 0 || !PUBLIC_KEYS.contains(parts.get(key - 1));
    }

    /** A value written in the file: not empty, not a reference to another variable. */
    static boolean literal(String value) {
        return value != null && !value.isBlank() && !value.contains("$");
    }
}
