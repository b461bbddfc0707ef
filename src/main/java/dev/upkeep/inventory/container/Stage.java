package dev.upkeep.inventory.container;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One build stage: a FROM and the instructions up to the next FROM.
 *
 * @param index 0-based position among the stages ({@code COPY --from=0})
 * @param baseImage the image as written after FROM ({@code python:${PY}-slim})
 * @param resolvedImage {@code baseImage} with the global ARGs' defaults substituted
 * @param alias the name after AS, lower-cased as Docker does, or {@code null}
 * @param platform the {@code --platform} value as written, or {@code null}
 * @param from the FROM instruction
 * @param instructions the instructions after FROM, in order
 */
public record Stage(
        int index,
        String baseImage,
        String resolvedImage,
        String alias,
        String platform,
        Instruction from,
        List<Instruction> instructions) {

    public Stage {
        requireNonNull(baseImage, "baseImage is null");
        requireNonNull(resolvedImage, "resolvedImage is null");
        requireNonNull(from, "from is null");
        instructions = List.copyOf(instructions);
        if (alias != null) {
            alias = alias.toLowerCase(Locale.ROOT);
        }
    }

    /** The 1-based line of the FROM. */
    public int line() {
        return from.line();
    }

    public Optional<String> name() {
        return Optional.ofNullable(alias);
    }

    /** The resolved base image as a reference; empty for {@code scratch} or text that is not one. */
    public Optional<ImageReference> image() {
        return isScratch() ? Optional.empty() : ImageReference.parse(resolvedImage);
    }

    public boolean isScratch() {
        return resolvedImage.equalsIgnoreCase("scratch");
    }

    /** This stage's instructions with {@code keyword}, in order. */
    public List<Instruction> instructions(String keyword) {
        return instructions.stream().filter(i -> i.is(keyword)).toList();
    }
}
