package dev.upkeep.inventory.python;

import dev.upkeep.domain.SkipReason;
import java.util.Locale;
import java.util.regex.Pattern;

/** Direct references (PEP 440/508 {@code name @ url}, pip URL lines, lockfile sources): what they point at. */
public final class DirectReferences {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern USERINFO = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://)[^/@]*@");

    private DirectReferences() {}

    /**
     * Why a package from this reference has no registry version: {@link SkipReason#GIT} for version
     * control URLs ({@code git+}, {@code hg+}, {@code svn+}, {@code bzr+}), {@link SkipReason#PATH}
     * for {@code file:} URLs and paths, {@link SkipReason#URL} for any other URL.
     */
    public static SkipReason skipReason(String reference) {
        String r = reference.strip().toLowerCase(Locale.ROOT);
        if (r.startsWith("git+") || r.startsWith("hg+") || r.startsWith("svn+") || r.startsWith("bzr+") || r.startsWith("git://")) {
            return SkipReason.GIT;
        }
        if (r.startsWith("file:") || !SCHEME.matcher(r).find() || r.matches("^[a-z]:[\\\\/].*")) {
            return SkipReason.PATH;
        }
        return SkipReason.URL;
    }

    /** Whether the text starts with a URL scheme ({@code https:}, {@code git+ssh:}, {@code file:}). */
    public static boolean hasScheme(String reference) {
        return SCHEME.matcher(reference).find() && !reference.matches("^[A-Za-z]:[\\\\/].*");
    }

    /** The reference without credentials ({@code https://user:token@host/...} becomes {@code https://host/...}), fit to show in a report. */
    public static String withoutCredentials(String reference) {
        return USERINFO.matcher(reference.strip()).replaceFirst("$1");
    }
}
