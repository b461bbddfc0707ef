package dev.upkeep.inventory.githubactions;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import dev.upkeep.domain.Component;
import dev.upkeep.domain.Ecosystem;
import dev.upkeep.domain.Kind;
import dev.upkeep.domain.SkipReason;
import dev.upkeep.inventory.FormatException;
import dev.upkeep.inventory.Purls;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A remote action or reusable workflow named by {@code uses: owner/repo[/path]@ref}. Its name is
 * {@code owner/repo} or {@code owner/repo/path}, its version the ref; a ref that is a full commit
 * SHA gives the property {@code pinned=sha}. The purl names the repository, with the path as its
 * subpath ({@code pkg:github/github/codeql-action@v3#init}), which {@link Purls} cannot express.
 *
 * @param name {@code owner/repo} or {@code owner/repo/path}
 * @param ref the ref after {@code @}, or null when there is none
 */
public record ActionRef(String name, String ref) {
    private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/[^@\\s]+)?");

    /** Reads a {@code uses} value; empty for a local path ({@code ./...}), an image ({@code docker://}) or an odd value. */
    public static Optional<ActionRef> parse(String uses) {
        String text = uses.strip();
        if (text.startsWith("./") || text.startsWith("docker://")) {
            return Optional.empty();
        }
        int at = text.lastIndexOf('@');
        String name = at < 0 ? text : text.substring(0, at);
        String ref = at < 0 || at == text.length() - 1 ? null : text.substring(at + 1);
        return NAME.matcher(name).matches() ? Optional.of(new ActionRef(name, ref)) : Optional.empty();
    }

    /** A builder for the action component: version, constraint, skip reason, purl and {@code pinned}. */
    public Component.Builder builder() {
        boolean variable = ref != null && ref.contains("${{");
        String version = ref == null || variable ? null : ref;
        return Component.builder(Ecosystem.GITHUB_ACTIONS, Kind.ACTION, name)
                .version(version)
                .constraint(ref)
                .skipReason(version != null ? null : variable ? SkipReason.VARIABLE : SkipReason.UNPINNED)
                .purl(purl(version))
                .property("pinned", pinnedToSha() ? "sha" : null);
    }

    /** Whether the ref is a full commit SHA. */
    public boolean pinnedToSha() {
        return ref != null && SHA.matcher(ref).matches();
    }

    private String purl(String version) {
        String[] parts = name.split("/", 3);
        if (parts.length < 3) {
            return Purls.of(Ecosystem.GITHUB_ACTIONS, name, version);
        }
        try {
            return new PackageURL(Ecosystem.GITHUB_ACTIONS.purlType(), parts[0], parts[1], version, null, parts[2])
                    .canonicalize();
        } catch (MalformedPackageURLException e) {
            throw new FormatException("cannot build a package URL for action '" + name + "': " + e.getMessage());
        }
    }
}
