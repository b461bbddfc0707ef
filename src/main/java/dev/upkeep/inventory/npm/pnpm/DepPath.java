package dev.upkeep.inventory.npm.pnpm;

/**
 * A pnpm dependency path, the key of a {@code packages} or {@code snapshots} entry, in each
 * lockfile generation: {@code /name/1.0.0_peer@2.0.0} (v5), {@code /name@1.0.0(peer@2.0.0)} (v6),
 * {@code name@1.0.0(peer@2.0.0)} (v9), scoped names included. Keys of packages not from the
 * registry ({@code github.com/org/repo/sha}, {@code file:../lib}) are not dependency paths of this
 * shape; {@link #parse} returns null for them and their entry's {@code name} and {@code version}
 * fields say what they are.
 *
 * @param name the package name
 * @param version what follows the name: a version, or a URL for a tarball dependency in v9
 * @param peers the peer suffix as written ({@code (react@18.2.0)}, {@code _react@18.2.0}), or ""
 */
record DepPath(String name, String version, String peers) {
    static DepPath parse(String key, int major) {
        boolean slash = key.startsWith("/");
        String k = slash ? key.substring(1) : key;
        if (major < 6) {
            return slash ? v5(k) : null;
        }
        int paren = k.indexOf('(');
        String base = paren < 0 ? k : k.substring(0, paren);
        int at = base.indexOf('@', 1);
        if (at <= 0 || base.substring(0, at).indexOf(':') >= 0) {
            return null;
        }
        String name = base.substring(0, at);
        if (name.startsWith("@") ? name.indexOf('/') < 0 || name.indexOf('/') != name.lastIndexOf('/') : name.indexOf('/') >= 0) {
            return null; // a host path such as @github.com/org/repo/tarball/1.0.0, not a package name
        }
        return new DepPath(name, base.substring(at + 1), paren < 0 ? "" : k.substring(paren));
    }

    private static DepPath v5(String k) {
        String[] parts = k.split("/", -1);
        int nameParts = parts[0].startsWith("@") ? 2 : 1;
        if (parts.length != nameParts + 1 || parts[nameParts].isEmpty()) {
            return null;
        }
        String name = nameParts == 2 ? parts[0] + "/" + parts[1] : parts[0];
        String rest = parts[nameParts];
        int underscore = rest.indexOf('_');
        return new DepPath(name, underscore < 0 ? rest : rest.substring(0, underscore), underscore < 0 ? "" : rest.substring(underscore));
    }

    /** Whether the version part is a registry version ({@code 1.2.3...}) rather than a URL or path. */
    boolean registry() {
        int i = 0;
        for (int part = 0; part < 3; part++) {
            int digits = i;
            while (i < version.length() && version.charAt(i) >= '0' && version.charAt(i) <= '9') {
                i++;
            }
            if (i == digits || part < 2 && (i >= version.length() || version.charAt(i++) != '.')) {
                return false;
            }
        }
        for (; i < version.length(); i++) {
            if ("\n\r\u0085\u2028\u2029".indexOf(version.charAt(i)) >= 0) {
                return false; // as the regex \d+\.\d+\.\d+.* it replaces: '.' stops at line breaks
            }
        }
        return true;
    }

    /** The key without its peer suffix, the way pnpm 9 keys {@code packages}. */
    static String withoutPeers(String key) {
        int paren = key.indexOf('(');
        return paren < 0 ? key : key.substring(0, paren);
    }
}
