package dev.upkeep.hygiene.dockerfile;

import static java.util.Objects.requireNonNull;

import dev.upkeep.inventory.container.Instruction;
import java.util.ArrayList;
import java.util.List;

/** A RUN (or the RUN an ONBUILD registers) with the scope it runs in and its simple commands. */
record Run(Scope scope, Instruction instruction, List<Command> commands) {
    Run {
        requireNonNull(scope, "scope is null");
        requireNonNull(instruction, "instruction is null");
        commands = List.copyOf(commands);
    }

    /** Every RUN of the target, scope by scope, in order. */
    static List<Run> all(Target target) {
        List<Run> runs = new ArrayList<>();
        for (Scope s : target.scopes()) {
            for (Instruction i : s.all("RUN")) {
                runs.add(new Run(s, i, Shell.commands(i.script())));
            }
        }
        return runs;
    }

    /** The {@code type=cache} or {@code type=tmpfs} mount targets of this RUN: directories that never reach a layer. */
    List<String> scratchMounts() {
        List<String> targets = new ArrayList<>();
        instruction.flags().stream().filter(f -> f.name().equals("mount") && f.value() != null).forEach(f -> {
            String type = "bind";
            String target = null;
            for (String part : f.value().split(",")) {
                String[] kv = part.split("=", 2);
                if (kv[0].equals("type") && kv.length == 2) {
                    type = kv[1];
                } else if ((kv[0].equals("target") || kv[0].equals("dst") || kv[0].equals("destination")) && kv.length == 2) {
                    target = kv[1];
                }
            }
            if (target != null && (type.equals("cache") || type.equals("tmpfs"))) {
                targets.add(target.endsWith("/") && target.length() > 1 ? target.substring(0, target.length() - 1) : target);
            }
        });
        return targets;
    }

    /** Whether a cache or tmpfs mount covers {@code dir} (mounted at it or at a parent). */
    boolean mounts(String dir) {
        return scratchMounts().stream().anyMatch(m -> dir.equals(m) || dir.startsWith(m + "/"));
    }
}
