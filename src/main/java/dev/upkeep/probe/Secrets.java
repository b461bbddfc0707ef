package dev.upkeep.probe;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves {@link SecretRef}s against an environment and the stack's root, and remembers every
 * value it handed out so that {@link #redact} can blank them out of any message (a driver's error
 * text, a tool's stderr) before it is shown. Thread-safe: probes resolve concurrently.
 */
public final class Secrets {
    private final Map<String, String> env;
    private final Path root;
    private final Set<String> handedOut = ConcurrentHashMap.newKeySet();

    public Secrets(Map<String, String> env, Path root) {
        this.env = Map.copyOf(requireNonNull(env, "env is null"));
        this.root = requireNonNull(root, "root is null");
    }

    /** No environment, the current folder: for tests and literal-only configurations. */
    public static Secrets none() {
        return new Secrets(Map.of(), Path.of("."));
    }

    /**
     * The value of {@code ref}.
     *
     * @throws ProbeException when the variable is unset or the file cannot be read (the message
     *     names the reference, never a value)
     */
    public String resolve(SecretRef ref) {
        String value = switch (ref.kind()) {
            case LITERAL -> ref.name();
            case ENV -> {
                String v = env.get(ref.name());
                if (v == null || v.isBlank()) {
                    throw new ProbeException("env:" + ref.name() + " is not set");
                }
                yield v.strip();
            }
            case FILE -> {
                Path p = root.resolve(ref.name());
                try {
                    yield Files.readString(p, StandardCharsets.UTF_8).strip();
                } catch (IOException e) {
                    throw new ProbeException("file:" + ref.name() + " cannot be read: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : " " + e.getMessage()));
                }
            }
        };
        remember(value);
        Redaction.passwordsOf(value).forEach(this::remember);
        return value;
    }

    /** Remembers a value that must never be shown (a password found inside a resolved URL). */
    public void remember(String secret) {
        if (secret != null && secret.length() >= 3) {
            handedOut.add(secret);
        }
    }

    /** {@code text} with every secret handed out replaced by {@code ***}, and URL passwords masked. */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String s : handedOut) {
            out = out.replace(s, "***");
        }
        return Redaction.maskUrl(out);
    }
}
