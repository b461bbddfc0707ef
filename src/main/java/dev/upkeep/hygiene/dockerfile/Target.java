package dev.upkeep.hygiene.dockerfile;

import static java.util.Objects.requireNonNull;

import dev.upkeep.domain.Finding;
import dev.upkeep.domain.Location;
import dev.upkeep.hygiene.LintContext;
import dev.upkeep.hygiene.RuleInfo;
import dev.upkeep.inventory.container.Dockerfile;
import dev.upkeep.inventory.container.Instruction;
import dev.upkeep.inventory.container.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One Dockerfile being checked: where it is, what it says, its scopes and the repository around it. */
final class Target {
    private final String path;
    private final Dockerfile dockerfile;
    private final LintContext context;
    private final List<Scope> scopes;

    Target(String path, Dockerfile dockerfile, LintContext context) {
        this.path = requireNonNull(path, "path is null");
        this.dockerfile = requireNonNull(dockerfile, "dockerfile is null");
        this.context = requireNonNull(context, "context is null");
        this.scopes = scopes(dockerfile);
    }

    String path() {
        return path;
    }

    Dockerfile dockerfile() {
        return dockerfile;
    }

    LintContext context() {
        return context;
    }

    List<Scope> scopes() {
        return scopes;
    }

    Scope last() {
        return scopes.get(scopes.size() - 1);
    }

    /** A finding of {@code rule} at {@code at}, about {@code subject}. */
    Finding finding(RuleInfo rule, Instruction at, String subject, String message, Map<String, String> evidence) {
        return rule.finding(subject, new Location(path, at.line()), message).withEvidence(evidence);
    }

    /** A stable subject for a finding about one instruction: its text, whitespace collapsed. */
    static String subject(Instruction i) {
        String text = (i.keyword() + " " + i.body()).replaceAll("\\s+", " ").strip();
        return text.length() > 80 ? text.substring(0, 80) : text;
    }

    private static List<Scope> scopes(Dockerfile d) {
        List<Instruction> before = new ArrayList<>();
        for (Instruction i : d.instructions()) {
            if (i.is("FROM")) {
                break;
            }
            if (!i.is("ARG")) {
                before.add(i);
            }
        }
        List<Scope> scopes = new ArrayList<>();
        List<Stage> stages = d.stages();
        if (!before.isEmpty() || stages.isEmpty()) {
            scopes.add(new Scope(null, triggersExpanded(before), stages.isEmpty(), null));
        }
        boolean[] shipped = shipped(d);
        List<Scope> byStage = new ArrayList<>();
        for (Stage s : stages) {
            Scope parent = d.stage(s.resolvedImage(), s.index()).map(p -> byStage.get(p.index())).orElse(null);
            Scope scope = new Scope(s, triggersExpanded(s.instructions()), shipped[s.index()], parent);
            byStage.add(scope);
            scopes.add(scope);
        }
        return List.copyOf(scopes);
    }

    /** Which stages' layers the final image contains: the last stage and its FROM chain. */
    private static boolean[] shipped(Dockerfile d) {
        boolean[] shipped = new boolean[d.stages().size()];
        Stage s = d.finalStage().orElse(null);
        while (s != null && !shipped[s.index()]) {
            shipped[s.index()] = true;
            s = d.stage(s.resolvedImage(), s.index()).orElse(null);
        }
        return shipped;
    }

    /** ONBUILD RUN becomes the RUN it registers: its commands run in every image built FROM this one. */
    private static List<Instruction> triggersExpanded(List<Instruction> instructions) {
        return instructions.stream()
                .map(i -> i.onbuildTrigger().filter(t -> t.is("RUN")).orElse(i))
                .toList();
    }
}
