package dev.upkeep.hygiene.dockerfile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Which package managers of a RUN leave their cache behind, and how each is cleaned. */
final class Caches {
    static final Map<String, String> HOW = Map.of(
            "apt", "remove /var/lib/apt/lists/* in the same RUN",
            "apk", "use apk add --no-cache",
            "dnf", "run dnf clean all in the same RUN",
            "yum", "run yum clean all in the same RUN",
            "zypper", "run zypper clean in the same RUN",
            "pip", "use pip install --no-cache-dir or PIP_NO_CACHE_DIR=1",
            "yarn", "run yarn cache clean in the same RUN");
    private static final Map<String, List<String>> CACHE_DIRS = Map.of(
            "apk", List.of("/var/cache/apk"),
            "dnf", List.of("/var/cache/dnf", "/var/cache/yum", "/var/cache/libdnf5"),
            "yum", List.of("/var/cache/yum"),
            "zypper", List.of("/var/cache/zypp"),
            "pip", List.of("/root/.cache/pip", "/root/.cache"),
            "yarn", List.of("/usr/local/share/.cache/yarn", "/root/.cache/yarn", "/root/.yarn"));
    private static final Set<String> TRUTHY = Set.of("1", "yes", "true", "on");

    private Caches() {}

    static List<String> leftBehind(Run run, boolean dockerCleanRemoved) {
        List<Command> commands = run.commands();
        Set<String> left = new LinkedHashSet<>();
        for (int i = 0; i < commands.size(); i++) {
            Command c = commands.get(i);
            String manager = Packages.manager(c);
            List<Command> after = commands.subList(i + 1, commands.size());
            boolean dirty = switch (manager) {
                case "apt" -> Set.of("install", "update", "upgrade", "dist-upgrade").contains(Packages.subcommand(c, "apt"))
                        && !aptClean(run, after, dockerCleanRemoved);
                case "apk" -> Packages.installs(c, "apk") && !c.hasOption((char) 0, "no-cache")
                        && !run.mounts("/var/cache/apk") && !removes(after, "/var/cache/apk");
                case "dnf", "yum", "zypper" -> Packages.installs(c, manager) && !cleansAfter(run, after, c.program(), manager);
                case "pip" -> Packages.installs(c, "pip") && !c.hasOption((char) 0, "no-cache-dir")
                        && !pipCacheOff(run, commands.subList(0, i + 1)) && !mounted(run, "pip");
                case "yarn" -> Set.of("install", "add", "").contains(Packages.subcommand(c, "yarn"))
                        && after.stream().noneMatch(a -> a.runs("yarn") && a.hasArg("cache") && a.hasArg("clean"))
                        && !mounted(run, "yarn");
                default -> false;
            };
            if (dirty) {
                left.add(manager);
            }
        }
        return new ArrayList<>(left);
    }

    private static boolean aptClean(Run run, List<Command> after, boolean dockerCleanRemoved) {
        boolean lists = run.mounts("/var/lib/apt/lists") || removes(after, "/var/lib/apt/lists");
        boolean archives = !dockerCleanRemoved || run.mounts("/var/cache/apt") || removes(after, "/var/cache/apt")
                || after.stream().anyMatch(a -> Packages.APT.contains(a.program()) && a.subcommand().equals("clean"));
        return lists && archives;
    }

    private static boolean cleansAfter(Run run, List<Command> after, String program, String manager) {
        boolean cleaned = after.stream().anyMatch(a -> a.program().equals(program)
                && (a.hasArg("clean") || manager.equals("zypper") && a.hasArg("cc")));
        return cleaned || mounted(run, manager) || CACHE_DIRS.get(manager).stream().anyMatch(d -> removes(after, d))
                || manager.equals("dnf") && removes(after, "/var/cache/yum");
    }

    private static boolean mounted(Run run, String manager) {
        return CACHE_DIRS.get(manager).stream().anyMatch(run::mounts);
    }

    /** Whether a later {@code rm} deletes {@code dir} or what is in it. */
    static boolean removes(List<Command> after, String dir) {
        return after.stream().anyMatch(c -> c.program().equals("rm")
                && c.args().stream().anyMatch(a -> a.equals(dir) || a.startsWith(dir + "/")));
    }

    /** PIP_NO_CACHE_DIR set truthy by ENV (this stage or inherited), in front of the command or by an export before it. */
    private static boolean pipCacheOff(Run run, List<Command> upToPip) {
        String value = run.scope().envBefore(run.instruction().line()).get("PIP_NO_CACHE_DIR");
        for (Command c : upToPip) {
            if (c.env().containsKey("PIP_NO_CACHE_DIR")) {
                value = c.env().get("PIP_NO_CACHE_DIR");
            }
            if (c.program().equals("export")) {
                for (String a : c.args()) {
                    if (a.startsWith("PIP_NO_CACHE_DIR=")) {
                        value = a.substring("PIP_NO_CACHE_DIR=".length());
                    }
                }
            }
        }
        return value != null && TRUTHY.contains(value.toLowerCase(Locale.ROOT));
    }
}
