package dev.upkeep.hygiene.dockerfile;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Severity;
import dev.upkeep.hygiene.RuleInfo;
import dev.upkeep.inventory.container.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dependencies installed after the whole build context is copied: any source change invalidates
 * the install layer, so every build re-downloads every dependency (slow builds delay patches).
 */
final class DependencyInstallAfterCopyAll implements DockerfileRule {
    static final RuleInfo INFO = new RuleInfo("dockerfile/dependency-install-after-copy-all", Severity.LOW,
            "Dependencies are installed after copying the whole source tree",
            "Copy only the manifests first (COPY package.json package-lock.json ./ or COPY requirements.txt .), "
                    + "install, then COPY . . so the install layer stays cached.");
    private static final Set<String> WHOLE_CONTEXT = Set.of(".", "./", "*", "./*");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(Target t) {
        List<Finding> out = new ArrayList<>();
        for (Scope s : t.scopes()) {
            Instruction copyAll = null;
            for (Instruction i : s.instructions()) {
                if (copyAll == null && (i.is("COPY") || i.is("ADD")) && i.flag("from").isEmpty() && copiesAll(i)) {
                    copyAll = i;
                } else if (i.is("RUN")) {
                    String install = Shell.commands(i.script()).stream().map(DependencyInstallAfterCopyAll::install)
                            .filter(x -> x != null).findFirst().orElse(null);
                    if (install != null && copyAll == null) {
                        break; // dependencies were installed before the source came in: the pattern is right
                    }
                    if (install != null) {
                        out.add(t.finding(INFO, i, s.label() + ": " + install, "RUN at line " + i.line() + " (" + install
                                + ") installs dependencies after " + copyAll.keyword() + " " + String.join(" ", copyAll.words())
                                + " at line " + copyAll.line() + ", so any source change re-runs the install.",
                                Map.of("install", install, "copyLine", Integer.toString(copyAll.line()))));
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static boolean copiesAll(Instruction copy) {
        List<String> words = copy.words();
        return words.size() >= 2 && words.subList(0, words.size() - 1).stream().anyMatch(WHOLE_CONTEXT::contains);
    }

    /** The install a command runs from a manifest, or null. */
    static String install(Command c) {
        String p = c.program();
        String sub = c.subcommand();
        String manager = Packages.manager(c);
        if (manager.equals("pip") && Packages.subcommand(c, "pip").equals("install")) {
            List<String> args = Packages.unwrapped(c).args();
            boolean fromManifest = args.contains("-r") || args.contains("--requirement") || args.contains(".")
                    || args.stream().anyMatch(a -> a.startsWith("--requirement=") || a.startsWith("-r"));
            return fromManifest ? "pip install" : null;
        }
        if (p.equals("npm") && (sub.equals("ci")
                || Set.of("install", "i").contains(sub) && Packages.operands(c, "npm", Packages.NPM_VALUED).isEmpty())) {
            return "npm " + sub;
        }
        if (p.equals("yarn") && (sub.isEmpty() || sub.equals("install"))
                || p.equals("pnpm") && Set.of("install", "i").contains(sub)
                || Set.of("poetry", "pipenv", "bundle", "composer").contains(p) && Set.of("install", "sync").contains(sub)
                || p.equals("uv") && sub.equals("sync")
                || p.equals("go") && sub.equals("mod") && c.hasArg("download")) {
            return (p + " " + sub).strip();
        }
        return null;
    }
}
