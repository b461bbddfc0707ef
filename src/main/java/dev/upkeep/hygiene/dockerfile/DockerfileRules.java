package dev.upkeep.hygiene.dockerfile;

import dev.upkeep.domain.Finding;
import dev.upkeep.hygiene.LintContext;
import dev.upkeep.hygiene.LintFile;
import dev.upkeep.hygiene.RuleFamily;
import dev.upkeep.hygiene.RuleInfo;
import dev.upkeep.inventory.container.Dockerfile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The {@code dockerfile/*} rules: image hygiene the runbooks ask for (minimal, patched, pinned, non-root, health-checked). */
public final class DockerfileRules implements RuleFamily {
    static final List<DockerfileRule> RULES = List.of(
            new NonRootUser(),
            new UnpinnedBaseImage(),
            new BaseImageNoDigest(),
            new FullBaseImage(),
            new NoHealthcheck(),
            new SecretInEnvOrArg(),
            new SecretBuildArg(),
            new CurlPipeShell(),
            new PackageCacheNotCleaned(),
            new AptInstallRecommends(),
            new DependencyInstallAfterCopyAll(),
            new AddLocalFile(),
            new UnpinnedPackageInstall(),
            new InstallWithoutYes(),
            new NoSudo(),
            new AptInsteadOfAptGet(),
            new CdInsteadOfWorkdir(),
            new RelativeWorkdir(),
            new ShellFormCmd(),
            new OverriddenInstruction(),
            new PipeWithoutPipefail(),
            new CopyFromUndefinedStage(),
            new DuplicateStageName(),
            new InstructionBeforeFrom(),
            new InvalidPort(),
            new MaintainerDeprecated());

    @Override
    public String id() {
        return "dockerfile";
    }

    @Override
    public List<RuleInfo> rules() {
        return RULES.stream().map(DockerfileRule::info).toList();
    }

    /**
     * {@code Dockerfile}, {@code Containerfile}, {@code Dockerfile.prod}, {@code Dockerfile-dev},
     * {@code api.Dockerfile}, any case; not {@code Dockerfile.dockerignore} nor Markdown.
     */
    @Override
    public boolean wants(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (name.endsWith(".dockerignore") || name.endsWith(".md")) {
            return false;
        }
        return name.equals("dockerfile") || name.equals("containerfile") || name.startsWith("dockerfile.") || name.startsWith("dockerfile-")
                || name.startsWith("containerfile.") || name.endsWith(".dockerfile") || name.endsWith(".containerfile");
    }

    @Override
    public List<Finding> check(LintFile file, LintContext context) throws IOException {
        Target target = new Target(file.path(), Dockerfile.parse(file.text()), context);
        List<Finding> out = new ArrayList<>();
        for (DockerfileRule rule : RULES) {
            out.addAll(rule.check(target));
        }
        out.sort(Comparator.comparing(Finding::location).thenComparing(Finding::ruleId));
        return out;
    }
}
