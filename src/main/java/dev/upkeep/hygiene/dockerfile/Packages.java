package dev.upkeep.hygiene.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recognises package-manager commands in RUN scripts: which manager, which subcommand, and the
 * package arguments (options and their values skipped).
 */
final class Packages {
    static final Set<String> APT = Set.of("apt-get", "apt", "aptitude");
    static final Set<String> DNF = Set.of("dnf", "microdnf", "dnf5");
    static final Set<String> PIP = Set.of("pip", "pip2", "pip3");
    /** npm options that take the next word as their value. */
    static final Set<String> NPM_VALUED = Set.of("--registry", "--loglevel", "--prefix", "--cache", "--userconfig",
            "--globalconfig", "--tag", "--only", "--omit", "--include", "--workspace", "-w", "--install-strategy");

    private static final Map<String, Set<String>> INSTALLS = Map.of(
            "apt", Set.of("install", "upgrade", "dist-upgrade", "full-upgrade", "reinstall"),
            "apk", Set.of("add"),
            "dnf", Set.of("install", "in", "upgrade", "up", "update", "upgrade-minimal", "up-min", "reinstall", "rei",
                    "groupinstall", "distro-sync"),
            "yum", Set.of("install", "groupinstall", "localinstall", "update", "upgrade", "reinstall"),
            "zypper", Set.of("install", "in", "update", "up", "dist-upgrade", "dup", "patch", "source-install", "si"),
            "pip", Set.of("install"),
            "npm", Set.of("install", "i", "add", "ci", "isntall"),
            "yarn", Set.of("install", "add"),
            "gem", Set.of("install", "i"),
            "go", Set.of("install", "get", "run"));

    private Packages() {}

    /**
     * The manager a command runs ({@code apt}, {@code apk}, {@code dnf}, {@code yum}, {@code zypper},
     * {@code pip}, {@code npm}, {@code yarn}, {@code gem}, {@code go}), or "" for any other
     * command. {@code python -m pip} counts as pip.
     */
    static String manager(Command c) {
        String p = c.program();
        if (APT.contains(p)) {
            return "apt";
        }
        if (DNF.contains(p)) {
            return "dnf";
        }
        if (PIP.contains(p) || p.matches("pip3\\.\\d+") || isPythonModule(c, "pip")) {
            return "pip";
        }
        return Set.of("apk", "yum", "zypper", "npm", "yarn", "gem", "go").contains(p) ? p : "";
    }

    /** The command without its {@code python -m} prefix, so {@code args()} starts after pip. */
    static Command unwrapped(Command c) {
        if (isPythonModule(c, "pip")) {
            int m = c.words().indexOf("-m");
            return new Command(c.words().subList(m + 1, c.words().size()), c.env(), c.pipedFrom(), c.sudo());
        }
        return c;
    }

    private static boolean isPythonModule(Command c, String module) {
        int m = c.words().indexOf("-m");
        return c.program().matches("python[0-9.]*") && m > 0 && m + 1 < c.words().size() && c.words().get(m + 1).equals(module);
    }

    /** The subcommand of a package-manager command: its first word that is not an option or an option's value. */
    static String subcommand(Command c, String manager) {
        if (manager.isEmpty()) {
            return c.subcommand();
        }
        List<String> args = unwrapped(c).args();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("-")) {
                return a;
            }
            if (manager.equals("apt") && (a.equals("-o") || a.equals("-c") || a.equals("-t"))) {
                i++;
            }
        }
        return "";
    }

    /** Whether the command installs or upgrades packages with {@code manager}. */
    static boolean installs(Command c, String manager) {
        return manager.equals(manager(c)) && INSTALLS.get(manager).contains(subcommand(c, manager));
    }

    /** The arguments after the subcommand that are not options nor values of {@code valued} options. */
    static List<String> operands(Command c, String manager, Set<String> valued) {
        List<String> args = unwrapped(c).args();
        String sub = subcommand(c, manager);
        List<String> out = new ArrayList<>();
        boolean afterSub = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                break;
            }
            if (a.startsWith("-")) {
                boolean flagValue = i + 1 < args.size() && !a.contains("=") && Set.of("true", "false").contains(args.get(i + 1));
                if (valued.contains(a) || flagValue) {
                    i++;
                }
            } else if (!afterSub && a.equals(sub)) {
                afterSub = true;
            } else if (afterSub) {
                out.add(a);
            }
        }
        return out;
    }
}
