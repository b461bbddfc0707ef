package dev.upkeep.inventory.container;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One Dockerfile instruction, continuation lines joined.
 *
 * @param keyword upper-case ({@code RUN})
 * @param args everything after the keyword, as written (escape-newline pairs and comment lines
 *     inside the continuation removed)
 * @param flags leading {@code --name=value} flags, in order; a flag may repeat ({@code --mount})
 * @param body {@code args} after the flags, trimmed
 * @param execForm whether {@code body} is a JSON array of strings (exec form)
 * @param exec the array's elements in exec form; empty in shell form
 * @param words {@code body} split into shell words, quotes and escapes removed (in exec form,
 *     the array's elements)
 * @param keyValues the pairs of ARG, ENV and LABEL (legacy {@code ENV key value} gives one pair);
 *     empty for other instructions
 * @param line the 1-based line of the keyword
 * @param endLine the 1-based last line, continuation lines and here-documents included
 * @param heredocs here-documents of RUN, COPY and ADD, in order
 * @param trigger the instruction ONBUILD registers, or {@code null} for any other keyword
 */
public record Instruction(
        String keyword,
        String args,
        List<Flag> flags,
        String body,
        boolean execForm,
        List<String> exec,
        List<String> words,
        List<KeyValue> keyValues,
        int line,
        int endLine,
        List<Heredoc> heredocs,
        Instruction trigger) {

    private static final Pattern HEREDOC_MARKER = Pattern.compile("<<-?(['\"]?)[^\\s'\"<>|&;]+\\1");
    private static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "ash", "zsh");

    public Instruction {
        requireNonNull(keyword, "keyword is null");
        requireNonNull(args, "args is null");
        requireNonNull(body, "body is null");
        flags = List.copyOf(flags);
        exec = List.copyOf(exec);
        words = List.copyOf(words);
        keyValues = List.copyOf(keyValues);
        heredocs = List.copyOf(heredocs);
        if (!keyword.equals(keyword.toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException("keyword '" + keyword + "' is not upper-case");
        }
        if (line < 1 || endLine < line) {
            throw new IllegalArgumentException("lines " + line + ".." + endLine + " are not a 1-based range");
        }
    }

    public boolean is(String name) {
        return keyword.equals(name);
    }

    /** The last value of flag {@code name} ({@code platform} for {@code --platform}); "" for a bare flag. */
    public Optional<String> flag(String name) {
        String found = null;
        for (Flag f : flags) {
            if (f.name().equals(name)) {
                found = f.value() == null ? "" : f.value();
            }
        }
        return Optional.ofNullable(found);
    }

    public Optional<Instruction> onbuildTrigger() {
        return Optional.ofNullable(trigger);
    }

    /**
     * What a RUN, CMD or ENTRYPOINT runs, as shell text: the exec array joined by spaces, or the
     * body followed by the here-documents the shell runs as scripts. A here-document is a script
     * when it is all the RUN says ({@code RUN <<EOF}) or is fed to a POSIX shell
     * ({@code RUN bash <<EOF}); fed to anything else ({@code cat <<EOF > file},
     * {@code python3 <<EOF}) it is data and is left out.
     */
    public String script() {
        if (execForm) {
            return String.join(" ", exec);
        }
        if (heredocs.isEmpty()) {
            return body;
        }
        String command = HEREDOC_MARKER.matcher(body).replaceAll(" ").strip();
        String program = command.isEmpty() ? "" : command.split("\\s+")[0];
        program = program.substring(program.lastIndexOf('/') + 1);
        if (!command.isEmpty() && !SHELLS.contains(program)) {
            return body;
        }
        StringBuilder sb = new StringBuilder(body);
        for (Heredoc h : heredocs) {
            sb.append('\n').append(h.body());
        }
        return sb.toString();
    }
}
