package dev.upkeep.inventory.container;

import static java.util.Objects.requireNonNull;

import dev.upkeep.inventory.FormatException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed Dockerfile: its parser directives, instructions, build stages and comments.
 * Instructions before the first FROM (normally only ARG) belong to no stage.
 *
 * @param directives parser directives at the top ({@code syntax}, {@code escape}, {@code check}),
 *     keys lower-case, in order
 * @param instructions every instruction, in order
 * @param stages the build stages, in order
 * @param comments every comment line outside directives and continuations, in order
 */
public record Dockerfile(
        Map<String, String> directives, List<Instruction> instructions, List<Stage> stages, List<Comment> comments) {

    public Dockerfile {
        directives = Collections.unmodifiableMap(new LinkedHashMap<>(directives));
        instructions = List.copyOf(instructions);
        stages = List.copyOf(stages);
        comments = List.copyOf(comments);
    }

    /**
     * Parses Dockerfile text.
     *
     * @throws FormatException with the line, for an unknown instruction, a FROM without an image
     *     or with extra words, a repeated or invalid parser directive or an unclosed here-document
     */
    public static Dockerfile parse(String text) {
        return DockerfileParser.parse(requireNonNull(text, "text is null"));
    }

    /** The escape character: {@code \} unless the {@code escape} directive says {@code `}. */
    public char escape() {
        return directives.getOrDefault("escape", "\\").charAt(0);
    }

    /** The ARGs declared before the first FROM, defaults expanded; {@code null} value when none. */
    public Map<String, String> globalArgs() {
        return Stages.globalArgs(instructions, escape());
    }

    /** The last stage: what the image runs. */
    public Optional<Stage> finalStage() {
        return stages.isEmpty() ? Optional.empty() : Optional.of(stages.get(stages.size() - 1));
    }

    /**
     * The stage that {@code reference} (a {@code --from} value or a FROM image) names among the
     * first {@code before} stages: by alias, case-insensitive, or by 0-based index. Empty when it
     * names an image instead.
     */
    public Optional<Stage> stage(String reference, int before) {
        String ref = reference.toLowerCase(Locale.ROOT);
        for (int i = 0; i < Math.min(before, stages.size()); i++) {
            Stage s = stages.get(i);
            if (ref.equals(s.alias()) || ref.equals(Integer.toString(s.index()))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
