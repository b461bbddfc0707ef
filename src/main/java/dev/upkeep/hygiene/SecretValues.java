package dev.upkeep.hygiene;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the secret-minded rule families agree on: which variable names hold secrets, which values
 * are references, placeholders or well-known defaults rather than real secrets, and how to mention
 * a value without showing it. Shared here so the Compose and secrets families judge alike.
 */
public final class SecretValues {
    /** Prefixes that make a build tool inline a variable into code shipped to browsers. */
    public static final List<String> CLIENT_PREFIXES = List.of(
            "NEXT_PUBLIC_", "VITE_", "REACT_APP_", "NUXT_PUBLIC_", "EXPO_PUBLIC_", "GATSBY_", "PUBLIC_");

    private static final Set<String> SECRET_WORDS = Set.of(
            "PASSWORD", "PASSWD", "PASS", "PWD", "SECRET", "TOKEN", "KEY", "APIKEY", "CREDENTIAL", "CREDENTIALS",
            "PASSPHRASE", "SECRETKEY", "PRIVATEKEY");
    /** Words before the last that make a secret-sounding name public or a mere name. */
    private static final Set<String> PUBLIC_QUALIFIERS = Set.of("PUBLIC", "PUBLISHABLE", "ANON");
    /** Words before {@code KEY} that make it a lookup key, not a secret. */
    private static final Set<String> NAME_KEYS = Set.of(
            "SITE", "CACHE", "SORT", "PRIMARY", "PARTITION", "IDEMPOTENCY", "ROUTING", "QUEUE", "LOOKUP", "FOREIGN", "HOT", "PREFIX");
    private static final Set<String> DEFAULTS = Set.of(
            "changethis", "changeme", "change-me", "change_me", "changeit", "password", "passw0rd", "p@ssw0rd",
            "password1", "password123", "postgres", "admin", "root", "toor", "secret", "123456", "12345678",
            "qwerty", "letmein", "default", "guest", "test", "mysecretpassword", "example");
    private static final Pattern REFERENCE = Pattern.compile("^\\$(?:\\{[^}]+}|[A-Za-z_][A-Za-z0-9_]*)$");
    private static final Pattern REFERENCE_DEFAULT = Pattern.compile("^\\$\\{[A-Za-z_][A-Za-z0-9_]*:?[-=]([^}]*)}$");
    private static final Pattern URL_CREDENTIALS = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://([^:/@\\s]*):([^@/\\s]+)@");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i)^(?:<[^>]*>|\\[[^]]*]|\\{\\{[^}]*}}|%[^%]+%|[x*.#_\\-]{3,}|0{3,}|(?:your|my|replace|insert|enter|put|add|set)[-_ ].*"
                    + "|.*(?:example|placeholder|dummy|sample|redacted|here|fixme|todo|not[-_]set|unset|tbd).*|none|null|nil|undefined|n/a|empty|tbc|pass|user|username)$");
    private static final List<Pattern> TOKEN_FORMATS = List.of(
            Pattern.compile("\\bAKIA[0-9A-Z]{16}\\b"),
            Pattern.compile("\\bgh[pousr]_[A-Za-z0-9]{36}\\b"),
            Pattern.compile("\\bgithub_pat_[A-Za-z0-9_]{60,}"),
            Pattern.compile("\\bglpat-[A-Za-z0-9_-]{20}\\b"),
            Pattern.compile("\\bxox[abprs]-[A-Za-z0-9-]{10,}"),
            Pattern.compile("\\b[sr]k_live_[A-Za-z0-9]{20,}"),
            Pattern.compile("\\bsk-(?:proj-)?[A-Za-z0-9_-]{32,}"),
            Pattern.compile("\\bSG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}\\b"),
            Pattern.compile("\\bAIza[0-9A-Za-z_-]{35}\\b"),
            Pattern.compile("\\bnpm_[A-Za-z0-9]{36}\\b"));

    private SecretValues() {}

    /**
     * Whether a variable name says it holds a secret: its last word is password, secret, token,
     * key and the like ({@code JWT_SECRET}, {@code dbPassword}, {@code STRIPE_SECRET_KEY}), and the
     * word before does not make it public or a mere name ({@code STRIPE_PUBLISHABLE_KEY},
     * {@code CACHE_KEY}). {@code *_FILE}, {@code *_EXPIRES_IN} and other trailing words are not secrets.
     */
    public static boolean isSecretName(String name) {
        List<String> words = words(stripClientPrefix(name));
        if (words.isEmpty()) {
            return false;
        }
        String last = words.get(words.size() - 1);
        boolean secretWord = SECRET_WORDS.contains(last) || last.endsWith("PASSWORD") || last.endsWith("SECRET") || last.endsWith("TOKEN");
        if (!secretWord) {
            return false;
        }
        if (words.size() < 2) {
            return true;
        }
        String before = words.get(words.size() - 2);
        return !PUBLIC_QUALIFIERS.contains(before) && !(last.equals("KEY") && NAME_KEYS.contains(before));
    }

    /** The client prefix ({@code VITE_}) of a variable name, when it has one. */
    public static Optional<String> clientPrefix(String name) {
        return CLIENT_PREFIXES.stream().filter(name::startsWith).findFirst();
    }

    /** A {@code ${VAR}} or {@code $VAR} reference, resolved at run time: not a literal. */
    public static boolean isReference(String value) {
        return REFERENCE.matcher(unquote(value)).matches();
    }

    /** The fallback of {@code ${VAR:-fallback}}, which is used whenever VAR is unset. */
    public static Optional<String> referenceDefault(String value) {
        Matcher m = REFERENCE_DEFAULT.matcher(unquote(value));
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** A value that stands in for a secret to be filled in: {@code <secret>}, {@code your-key-here}, {@code xxxx}. */
    public static boolean isPlaceholder(String value) {
        String v = unquote(value);
        return v.isBlank() || PLACEHOLDER.matcher(v).matches();
    }

    /** A well-known default credential ({@code changethis}, {@code postgres}, {@code admin}, {@code password}). */
    public static boolean isDefaultCredential(String value) {
        String v = unquote(value).toLowerCase(Locale.ROOT);
        return DEFAULTS.contains(v) || v.matches("change[-_]?(?:me|this|it)(?:[-_].*)?");
    }

    /** The user and password of {@code scheme://user:password@host}, when the value is such a URL. */
    public static Optional<String[]> urlCredentials(String value) {
        Matcher m = URL_CREDENTIALS.matcher(unquote(value));
        return m.find() ? Optional.of(new String[] {m.group(1), m.group(2)}) : Optional.empty();
    }

    /** Whether the value has the shape of a known provider's token (AWS, GitHub, Stripe, Slack, …), whatever its name. */
    public static boolean hasTokenFormat(String value) {
        return TOKEN_FORMATS.stream().anyMatch(p -> p.matcher(value).find());
    }

    /**
     * Whether a literal value assigned to a secret-named variable looks like a real secret: not a
     * reference, placeholder or default, at least 6 characters, not a number, a boolean or a path.
     */
    public static boolean looksReal(String value) {
        String v = unquote(value);
        if (isReference(v) || v.contains("${") || isPlaceholder(v) || isDefaultCredential(v)) {
            return false;
        }
        if (v.length() < 6 || v.matches("\\d+") || v.matches("(?i)true|false|yes|no|on|off")) {
            return false;
        }
        return !v.startsWith("/") && !v.startsWith("./") && !v.contains(" ");
    }

    /** How a message mentions a secret value: never the value itself. */
    public static String mask(String value) {
        return "value hidden, " + unquote(value).length() + " characters";
    }

    /** The value without one pair of surrounding quotes. */
    public static String unquote(String value) {
        String v = value.strip();
        if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    private static String stripClientPrefix(String name) {
        return clientPrefix(name).map(p -> name.substring(p.length())).orElse(name);
    }

    /** {@code dbPassword} and {@code DB_PASSWORD} both give [DB, PASSWORD]. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String part : name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                words.add(part.toUpperCase(Locale.ROOT));
            }
        }
        return words;
    }
}
