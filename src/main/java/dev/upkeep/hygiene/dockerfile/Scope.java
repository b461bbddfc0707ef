package dev.upkeep.hygiene.dockerfile;

import static java.util.Objects.requireNonNull;

import dev.upkeep.inventory.container.Instruction;
import dev.upkeep.inventory.container.KeyValue;
import dev.upkeep.inventory.container.Stage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stage as the rules see it: its instructions, whether its files end up in the image (the final
 * stage and the stages it is built FROM), and the stage it is built from. A file with
 * instructions before any FROM (a snippet) gets an anonymous scope for them.
 *
 * @param stage the stage, or {@code null} for instructions before the first FROM
 * @param instructions its instructions, each ONBUILD RUN replaced by the RUN it registers
 * @param shipped whether its layers are in the final image
 * @param parent the stage it is built FROM, or {@code null} when it starts from an image
 */
record Scope(Stage stage, List<Instruction> instructions, boolean shipped, Scope parent) {
    Scope {
        instructions = List.copyOf(requireNonNull(instructions, "instructions is null"));
    }

    /** "stage 'build'", "stage 2" or "the instructions before FROM". */
    String label() {
        if (stage == null) {
            return "the instructions before FROM";
        }
        return stage.alias() != null ? "stage '" + stage.alias() + "'" : "stage " + stage.index();
    }

    List<Instruction> all(String keyword) {
        return instructions.stream().filter(i -> i.is(keyword)).toList();
    }

    /** This scope and the stages it is built from, nearest first. */
    List<Scope> lineage() {
        List<Scope> chain = new ArrayList<>();
        for (Scope s = this; s != null && chain.size() < 64; s = s.parent) {
            chain.add(s);
        }
        return chain;
    }

    /** The ENV values in effect before {@code line}: inherited stages first, then this one's. */
    Map<String, String> envBefore(int line) {
        Map<String, String> env = new LinkedHashMap<>();
        List<Scope> chain = lineage();
        for (int i = chain.size() - 1; i >= 0; i--) {
            for (Instruction ins : chain.get(i).instructions) {
                if (ins.is("ENV") && (i > 0 || ins.line() < line)) {
                    for (KeyValue kv : ins.keyValues()) {
                        env.put(kv.key(), kv.value() == null ? "" : kv.value());
                    }
                }
            }
        }
        return env;
    }
}
