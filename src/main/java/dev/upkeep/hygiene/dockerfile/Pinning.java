package dev.upkeep.hygiene.dockerfile;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Which package arguments of a language package manager carry no version. */
final class Pinning {
    private static final Set<String> PIP_VALUED = Set.of("-i", "--index-url", "--extra-index-url", "-f", "--find-links",
            "-t", "--target", "--prefix", "--root", "-b", "--build", "--trusted-host", "--platform", "--python-version",
            "--implementation", "--abi", "--src", "--upgrade-strategy", "--progress-bar", "--root-user-action", "--log",
            "--proxy", "--retries", "--timeout", "--exists-action", "--cert", "--client-cert", "--cache-dir",
            "--global-option", "--install-option", "-C", "--config-settings", "--only-binary", "--no-binary", "--report",
            "-e", "--editable", "-r", "--requirement", "-c", "--constraint", "--python");
    private static final Set<String> GEM_VALUED = Set.of("-s", "--source", "-i", "--install-dir", "-n", "--bindir",
            "--platform", "-P", "--trust-policy", "--build-root", "-g", "--file");
    private static final Set<String> GO_VALUED = Set.of("-o", "-ldflags", "-gcflags", "-asmflags", "-tags", "-mod",
            "-modfile", "-C", "-p", "-toolexec", "-exec", "-overlay", "-pgo", "-buildmode", "-compiler", "-pkgdir",
            "-installsuffix", "-covermode", "-coverpkg");
    private static final Pattern PIP_VERSIONED = Pattern.compile(".*(===|==|~=|!=|>=|<=|<|>|@).*");
    private static final Pattern ARCHIVE = Pattern.compile(".*\\.(whl|tar|tar\\.gz|tgz|tar\\.bz2|tar\\.xz|zip|egg)$");

    private Pinning() {}

    static List<String> pip(Command c) {
        boolean pipx = c.runs("pipx") && c.subcommand().equals("install");
        if (!Packages.installs(c, "pip") && !pipx) {
            return List.of();
        }
        List<String> args = Packages.unwrapped(c).args();
        if (args.stream().anyMatch(a -> a.equals("-c") || a.equals("--constraint") || a.startsWith("--constraint="))) {
            return List.of();
        }
        return Packages.operands(c, pipx ? "" : "pip", PIP_VALUED).stream().filter(p -> !pipPinned(p)).toList();
    }

    private static boolean pipPinned(String spec) {
        String s = spec.toLowerCase(Locale.ROOT);
        if (s.startsWith("git+") || s.startsWith("hg+") || s.startsWith("svn+") || s.startsWith("bzr+")) {
            String path = s.replaceFirst("#.*", "");
            return path.substring(path.indexOf("://") + 3).contains("@") && !path.endsWith("@")
                    && path.lastIndexOf('@') > path.lastIndexOf('/');
        }
        return PIP_VERSIONED.matcher(s).matches() || ARCHIVE.matcher(s).matches() || isPathOrUrl(s);
    }

    static List<String> npm(Command c, String manager) {
        String sub = Packages.subcommand(c, manager);
        boolean adds = manager.equals("npm") ? Set.of("install", "i", "add", "isntall").contains(sub)
                : sub.equals("add") || sub.equals("global");
        if (!adds) {
            return List.of();
        }
        return Packages.operands(c, manager, Packages.NPM_VALUED).stream()
                .filter(p -> !(manager.equals("yarn") && sub.equals("global") && p.equals("add")))
                .filter(p -> !npmPinned(p)).toList();
    }

    private static boolean npmPinned(String spec) {
        String s = spec.toLowerCase(Locale.ROOT);
        if (s.startsWith(".") || s.startsWith("/") || s.startsWith("~")) {
            return true;
        }
        if (s.startsWith("git") || s.contains("github.com") || s.matches("[\\w.-]+/[\\w.-]+(#.*)?")) {
            return s.contains("#");
        }
        if (ARCHIVE.matcher(s).matches() || isPathOrUrl(s)) {
            return true;
        }
        int at = s.indexOf('@', 1);
        return at > 0 && at < s.length() - 1 && !s.substring(at + 1).equals("latest");
    }

    static List<String> gem(Command c) {
        if (!Packages.installs(c, "gem")) {
            return List.of();
        }
        List<String> args = c.args();
        if (args.stream().anyMatch(a -> a.equals("-v") || a.equals("--version") || a.startsWith("--version="))) {
            return List.of();
        }
        return Packages.operands(c, "gem", GEM_VALUED).stream().filter(p -> !p.contains(":") && !p.endsWith(".gem")).toList();
    }

    static List<String> go(Command c) {
        if (!Packages.installs(c, "go")) {
            return List.of();
        }
        List<String> operands = Packages.operands(c, "go", GO_VALUED);
        if (Packages.subcommand(c, "go").equals("run")) {
            operands = operands.isEmpty() ? operands : operands.subList(0, 1);
        }
        return operands.stream().filter(p -> !goPinned(p)).toList();
    }

    private static boolean goPinned(String spec) {
        if (spec.startsWith(".") || spec.startsWith("/") || spec.endsWith(".go")) {
            return true;
        }
        int at = spec.lastIndexOf('@');
        return at > 0 && !spec.substring(at + 1).equals("latest") && at < spec.length() - 1;
    }

    private static boolean isPathOrUrl(String s) {
        return s.startsWith(".") || s.startsWith("/") || s.startsWith("~") || s.contains("://") || s.startsWith("file:")
                || s.contains("/") && !s.startsWith("@") || s.contains("$");
    }
}
