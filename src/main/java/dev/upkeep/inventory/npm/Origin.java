package dev.upkeep.inventory.npm;

import static java.util.Objects.requireNonNull;

import dev.upkeep.domain.SkipReason;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an npm package comes from: the registry, a git repository, a local path, a tarball URL or
 * a workspace of the same repository. Every npm format writes this differently (a package-lock
 * {@code resolved} URL, a yarn {@code resolution}, a pnpm {@code resolution} map, a spec in
 * package.json); the classifying rules live here once.
 *
 * @param type the kind of source
 * @param source the URL or path as written (a URL without its credentials), or {@code null} for the
 *     registry
 * @param commit the git commit (7 to 40 hex digits) when the source names one, else {@code null}
 */
public record Origin(Type type, String source, String commit) {
    /** The kind of source. */
    public enum Type { REGISTRY, GIT, PATH, URL, WORKSPACE }

    public static final Origin REGISTRY = new Origin(Type.REGISTRY, null, null);

    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{7,40}");
    private static final Pattern COMMIT_IN_FRAGMENT = Pattern.compile("(?:^|[&#])commit[=:]([0-9a-fA-F]{7,40})\\b");
    private static final Pattern CODELOAD = Pattern.compile("codeload\\.github\\.com/[^/]+/[^/]+/tar\\.gz/([0-9a-fA-F]{7,40})");
    private static final Pattern ARCHIVE_REF = Pattern.compile("[?&]ref=([0-9a-fA-F]{7,40})\\b");
    /** {@code user/repo} or {@code user/repo#ref}: npm reads it as a GitHub repository. */
    private static final Pattern GITHUB_SHORTHAND = Pattern.compile("[^@/\\s:#.~][^/\\s:#]*/[^/\\s:#]+(#.*)?");

    public Origin {
        requireNonNull(type, "type is null");
        source = source == null ? null : withoutCredentials(source);
    }

    /**
     * {@code https://token@github.com/x} → {@code https://github.com/x}: lockfiles keep tokens in
     * URLs, and an inventory must not repeat them. The {@code git@} user of an SSH URL is no secret.
     */
    static String withoutCredentials(String url) {
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return url;
        }
        int start = scheme + 3;
        int slash = url.indexOf('/', start);
        int at = url.lastIndexOf('@', slash < 0 ? url.length() : slash);
        if (at < start || url.substring(start, at).equals("git")) {
            return url;
        }
        return url.substring(0, start) + url.substring(at + 1);
    }

    public static Origin git(String source) {
        return new Origin(Type.GIT, source, commitOf(source));
    }

    public static Origin path(String source) {
        return new Origin(Type.PATH, source, null);
    }

    public static Origin workspace(String path) {
        return new Origin(Type.WORKSPACE, path, null);
    }

    /** Why a package from here has no registry version; {@code null} for the registry. */
    public SkipReason skipReason() {
        return switch (type) {
            case REGISTRY -> null;
            case GIT -> SkipReason.GIT;
            case PATH -> SkipReason.PATH;
            case URL -> SkipReason.URL;
            case WORKSPACE -> SkipReason.WORKSPACE;
        };
    }

    public boolean registry() {
        return type == Type.REGISTRY;
    }

    /**
     * Classifies a spec as a manifest or a lockfile key writes it after the name ({@code ^1.2.0},
     * {@code github:user/repo#v1}, {@code file:../lib}, {@code https://host/x.tgz},
     * {@code workspace:*}). Ranges, versions, dist-tags and {@code npm:} aliases are the registry.
     */
    public static Origin ofSpec(String spec) {
        String s = spec == null ? "" : spec.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("workspace:")) {
            return workspace(s.substring("workspace:".length()));
        }
        if (lower.startsWith("file:") || lower.startsWith("link:") || lower.startsWith("portal:")
                || s.startsWith("./") || s.startsWith("../") || s.startsWith("/") || s.startsWith("~/")
                || s.equals(".") || s.equals("..")) {
            return path(s);
        }
        if (isGitUrl(lower)) {
            return git(s);
        }
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return ofHttp(s);
        }
        if (GITHUB_SHORTHAND.matcher(s).matches()) {
            return git(s);
        }
        return REGISTRY;
    }

    /**
     * Classifies where a lockfile says a package was fetched from (package-lock {@code resolved},
     * yarn v1 {@code resolved}, a pnpm tarball). A registry tarball
     * ({@code <registry>/<name>/-/<name>-<version>.tgz}, the layout of npmjs.org, GitHub Packages,
     * GitLab, Artifactory and Verdaccio alike) or no URL at all means the registry.
     */
    public static Origin ofResolved(String resolved) {
        if (resolved == null || resolved.isBlank()) {
            return REGISTRY;
        }
        String lower = resolved.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return ofHttp(resolved);
        }
        return ofSpec(resolved);
    }

    private static Origin ofHttp(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        int hash = lower.indexOf('#');
        String path = hash < 0 ? lower : lower.substring(0, hash);
        if (CODELOAD.matcher(lower).find() || lower.contains("gitlab.com/") && ARCHIVE_REF.matcher(lower).find()) {
            return git(url);
        }
        if (path.contains("/-/") && (path.endsWith(".tgz") || path.endsWith(".tar.gz"))) {
            return REGISTRY;
        }
        boolean gitHost = path.startsWith("https://github.com/") || path.startsWith("https://gitlab.com/")
                || path.startsWith("https://bitbucket.org/") || path.matches("https?://[^/]*@(github\\.com|gitlab\\.com|bitbucket\\.org)/.*");
        boolean archive = path.endsWith(".tgz") || path.endsWith(".tar.gz") || path.contains("/tarball/") || path.contains("/archive/");
        if (path.endsWith(".git") || gitHost && !archive) {
            return git(url);
        }
        return new Origin(Type.URL, url, null);
    }

    private static boolean isGitUrl(String lower) {
        return lower.startsWith("git+") || lower.startsWith("git://") || lower.startsWith("git@") || lower.startsWith("ssh://")
                || lower.startsWith("github:") || lower.startsWith("gitlab:") || lower.startsWith("bitbucket:")
                || lower.startsWith("gist:");
    }

    /** The commit a git source pins, when it names one by hash; {@code null} for a branch or tag. */
    static String commitOf(String source) {
        Matcher m = CODELOAD.matcher(source);
        if (m.find()) {
            return m.group(1);
        }
        m = ARCHIVE_REF.matcher(source);
        if (m.find()) {
            return m.group(1);
        }
        int hash = source.lastIndexOf('#');
        if (hash < 0) {
            return null;
        }
        String fragment = source.substring(hash + 1);
        m = COMMIT_IN_FRAGMENT.matcher("#" + fragment);
        if (m.find()) {
            return m.group(1);
        }
        return HEX.matcher(fragment).matches() ? fragment : null;
    }
}
