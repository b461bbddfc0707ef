package dev.upkeep.inventory.container;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An image reference split as Docker reads it: {@code [registry/]repository[:tag][@digest]}.
 *
 * @param registry the host (with port) when the first path part names one, else {@code null}
 *     (Docker Hub)
 * @param repository the path without registry ({@code library/} is not added)
 * @param tag the tag, or {@code null}
 * @param digest the digest ({@code sha256:...}), or {@code null}
 */
public record ImageReference(String registry, String repository, String tag, String digest) {
    private static final Pattern REPOSITORY = Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*");
    private static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");
    private static final Pattern DIGEST = Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}");

    public ImageReference {
        requireNonNull(repository, "repository is null");
    }

    /** Parses {@code text}; empty when it is not a valid reference (an unresolved variable, a typo). */
    public static Optional<ImageReference> parse(String text) {
        String rest = text.strip();
        String digest = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
            if (!DIGEST.matcher(digest).matches()) {
                return Optional.empty();
            }
        }
        String tag = null;
        int colon = rest.lastIndexOf(':');
        if (colon > rest.lastIndexOf('/')) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
            if (!TAG.matcher(tag).matches()) {
                return Optional.empty();
            }
        }
        String registry = null;
        int slash = rest.indexOf('/');
        if (slash > 0) {
            String first = rest.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost") || !first.equals(first.toLowerCase(java.util.Locale.ROOT))) {
                registry = first;
                rest = rest.substring(slash + 1);
            }
        }
        if (!REPOSITORY.matcher(rest).matches()) {
            return Optional.empty();
        }
        return Optional.of(new ImageReference(registry, rest, tag, digest));
    }

    /** The last path part: {@code node} for {@code docker.io/library/node}. */
    public String name() {
        return repository.substring(repository.lastIndexOf('/') + 1);
    }

    /** Whether this is an official Docker Hub image ({@code python}, {@code docker.io/library/python}). */
    public boolean isOfficial() {
        boolean hub = registry == null || registry.equals("docker.io") || registry.equals("index.docker.io");
        return hub && (!repository.contains("/") || repository.startsWith("library/") && repository.indexOf('/') == repository.lastIndexOf('/'));
    }

    @Override
    public String toString() {
        return (registry == null ? "" : registry + "/") + repository + (tag == null ? "" : ":" + tag) + (digest == null ? "" : "@" + digest);
    }
}
