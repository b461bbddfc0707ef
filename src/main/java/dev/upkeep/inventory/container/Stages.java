package dev.upkeep.inventory.container;

import dev.upkeep.inventory.FormatException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups instructions into build stages and resolves their base images with the global ARGs. */
final class Stages {
    private Stages() {}

    /** The ARGs before the first FROM, defaults expanded in order; {@code null} value when none. */
    static Map<String, String> globalArgs(List<Instruction> instructions, char escape) {
        Map<String, String> args = new LinkedHashMap<>();
        for (Instruction i : instructions) {
            if (i.is("FROM")) {
                break;
            }
            if (i.is("ARG")) {
                for (KeyValue kv : i.keyValues()) {
                    args.put(kv.key(), kv.value() == null ? null : Substitution.expand(kv.value(), args, escape));
                }
            }
        }
        return Collections.unmodifiableMap(args);
    }

    static List<Stage> of(List<Instruction> instructions, char escape) {
        Map<String, String> globals = globalArgs(instructions, escape);
        List<Stage> stages = new ArrayList<>();
        Instruction from = null;
        List<Instruction> body = new ArrayList<>();
        for (Instruction i : instructions) {
            if (i.is("FROM")) {
                if (from != null) {
                    stages.add(stage(stages.size(), from, body, globals, escape));
                }
                from = i;
                body = new ArrayList<>();
            } else if (from != null) {
                body.add(i);
            }
        }
        if (from != null) {
            stages.add(stage(stages.size(), from, body, globals, escape));
        }
        return stages;
    }

    private static Stage stage(int index, Instruction from, List<Instruction> body, Map<String, String> globals, char escape) {
        List<String> words = from.words();
        if (words.isEmpty()) {
            throw new FormatException("FROM without an image", from.line());
        }
        boolean named = words.size() == 3 && words.get(1).equalsIgnoreCase("AS");
        if (words.size() != 1 && !named) {
            throw new FormatException("FROM takes an image and optionally 'AS name', not '" + from.body() + "'", from.line());
        }
        String image = words.get(0);
        return new Stage(index, image, Substitution.expand(image, globals, escape), named ? words.get(2) : null,
                from.flag("platform").orElse(null), from, body);
    }
}
