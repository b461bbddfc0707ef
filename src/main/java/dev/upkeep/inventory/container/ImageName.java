package dev.upkeep.inventory.container;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An image reference as the inventory names it. The name is the registry repository: Docker Hub
 * images drop the host ({@code docker.io}, {@code index.docker.io}, {@code registry-1.docker.io})
 * and gain {@code library/} when they have one path segment ({@code node} is
 * {@code library/node}); images of any other registry keep their host, lower-cased, before the
 * path ({@code ghcr.io/org/app}). Tag and digest are not part of the name.
 *
 * <p>A reference may keep variables its file cannot resolve ({@code node:${NODE_VERSION}-alpine}):
 * it is split as Docker would split it once they are set, and the parts holding one are marked.
 *
 * @param name the repository name, or the name as written when it holds a variable
 * @param tag the tag as written, or null
 * @param digest the digest, or null
 * @param nameVariable whether the name holds an unresolved variable
 * @param tagVariable whether the tag holds an unresolved variable
 */
public record ImageName(String name, String tag, String digest, boolean nameVariable, boolean tagVariable) {
    private static final Set<String> DOCKER_HUB = Set.of("docker.io", "index.docker.io", "registry-1.docker.io");
    private static final List<String> OFFICIAL_PREFIXES = List.of(
            "library/", "public.ecr.aws/docker/library/", "mirror.gcr.io/library/");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{[^}]*}|\\$[A-Za-z_][A-Za-z0-9_]*");
    private static final String PLACEHOLDER = "upkeepvariable";

    /** Reads {@code text}; empty when it is not an image reference even with its variables set. */
    public static Optional<ImageName> read(String text) {
        List<String> variables = new ArrayList<>();
        Matcher m = VARIABLE.matcher(text.strip());
        StringBuilder masked = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(masked, PLACEHOLDER + variables.size() + "x");
            variables.add(m.group());
        }
        m.appendTail(masked);
        return ImageReference.parse(masked.toString()).map(ref -> {
            String path = ref.registry() == null ? ref.repository() : ref.registry() + "/" + ref.repository();
            boolean nameVariable = path.contains(PLACEHOLDER);
            String tag = restore(ref.tag(), variables);
            return new ImageName(nameVariable ? restore(path, variables) : normalise(ref), tag,
                    ref.digest(), nameVariable, tag != null && !tag.equals(ref.tag()));
        });
    }

    /** The short name of a Docker Official Image ({@code node}), also behind a known mirror; else null. */
    public String official() {
        for (String prefix : OFFICIAL_PREFIXES) {
            if (!nameVariable && name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0) {
                return name.substring(prefix.length());
            }
        }
        return null;
    }

    /** The tag names no release: absent or {@code latest}. */
    public boolean floating() {
        return tag == null || tag.equals("latest");
    }

    @Override
    public String toString() {
        return name + (tag == null ? "" : ":" + tag) + (digest == null ? "" : "@" + digest);
    }

    private static String normalise(ImageReference ref) {
        String registry = ref.registry() == null ? null : ref.registry().toLowerCase(Locale.ROOT);
        if (registry != null && !DOCKER_HUB.contains(registry)) {
            return registry + "/" + ref.repository();
        }
        return ref.repository().contains("/") ? ref.repository() : "library/" + ref.repository();
    }

    private static String restore(String part, List<String> variables) {
        if (part == null) {
            return null;
        }
        String out = part;
        for (int i = variables.size() - 1; i >= 0; i--) {
            out = out.replace(PLACEHOLDER + i + "x", variables.get(i));
        }
        return out;
    }
}
