package dev.upkeep.inventory.container;

import dev.upkeep.inventory.FormatException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Dockerfile text as BuildKit's parser does: directives at the top, comment lines, escape
 * continuations (comment and blank lines inside one are dropped), here-documents after RUN, COPY
 * and ADD. Written by hand: no Java library parses Dockerfiles, and line numbers must be exact.
 */
final class DockerfileParser {
    private static final Pattern DIRECTIVE = Pattern.compile("#\\s*([a-zA-Z][a-zA-Z0-9]*)\\s*=\\s*(.*?)\\s*");
    private static final Set<String> DIRECTIVES = Set.of("syntax", "escape", "check");
    private static final Set<String> HEREDOC_KEYWORDS = Set.of("RUN", "COPY", "ADD");
    private static final Pattern HEREDOC = Pattern.compile("<<(-?)(['\"]?)([^\\s'\"<>|&;]+)\\2");

    private final String[] lines;
    private int next;

    private DockerfileParser(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.lines = t.split("\r\n|\r|\n", -1);
    }

    static Dockerfile parse(String text) {
        return new DockerfileParser(text).run();
    }

    private Dockerfile run() {
        Map<String, String> directives = directives();
        char escape = escapeOf(directives);
        InstructionParser parser = new InstructionParser(escape);
        List<Instruction> instructions = new ArrayList<>();
        List<Comment> comments = new ArrayList<>();
        while (next < lines.length) {
            String stripped = lines[next].strip();
            if (stripped.isEmpty()) {
                next++;
            } else if (stripped.startsWith("#")) {
                comments.add(new Comment(next + 1, stripped.substring(1).strip()));
                next++;
            } else {
                instructions.add(instruction(parser, escape));
            }
        }
        return new Dockerfile(directives, instructions, Stages.of(instructions, escape), comments);
    }

    private Map<String, String> directives() {
        Map<String, String> found = new LinkedHashMap<>();
        while (next < lines.length) {
            Matcher m = DIRECTIVE.matcher(lines[next].strip());
            if (!m.matches() || !DIRECTIVES.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                break;
            }
            String key = m.group(1).toLowerCase(Locale.ROOT);
            if (found.putIfAbsent(key, m.group(2)) != null) {
                throw new FormatException("parser directive '" + key + "' is given twice", next + 1);
            }
            next++;
        }
        return found;
    }

    private char escapeOf(Map<String, String> directives) {
        String e = directives.getOrDefault("escape", "\\");
        if (!e.equals("\\") && !e.equals("`")) {
            throw new FormatException("escape directive must be \\ or ` but is '" + e + "'", 1);
        }
        return e.charAt(0);
    }

    /** Reads one instruction starting at {@code next}: its continuation lines, then its here-documents. */
    private Instruction instruction(InstructionParser parser, char escape) {
        int first = next;
        StringBuilder text = new StringBuilder();
        int last = next;
        while (next < lines.length) {
            String line = lines[next];
            last = next;
            next++;
            String cut = withoutContinuation(line, escape);
            if (cut == null) {
                text.append(line);
                break;
            }
            text.append(cut);
            while (next < lines.length && (lines[next].isBlank() || lines[next].strip().startsWith("#"))) {
                next++;
            }
        }
        String keyword = InstructionParser.keywordAndArgs(text.toString())[0].toUpperCase(Locale.ROOT);
        List<Heredoc> heredocs = HEREDOC_KEYWORDS.contains(keyword) ? heredocs(text.toString()) : List.of();
        int end = heredocs.isEmpty() ? last + 1 : next;
        return parser.parse(text.toString(), first + 1, end, heredocs);
    }

    /** The line without its trailing escape character (and whitespace after it), or null if it has none. */
    private static String withoutContinuation(String line, char escape) {
        int i = line.length();
        while (i > 0 && Character.isWhitespace(line.charAt(i - 1))) {
            i--;
        }
        return i > 0 && line.charAt(i - 1) == escape ? line.substring(0, i - 1) : null;
    }

    /** Reads the bodies of the here-documents opened in {@code text}, in order, from {@code next}. */
    private List<Heredoc> heredocs(String text) {
        List<Heredoc> found = new ArrayList<>();
        for (MatchResult m : markers(text)) {
            boolean strip = !m.group(1).isEmpty();
            String delimiter = m.group(3);
            int start = next;
            StringBuilder body = new StringBuilder();
            while (true) {
                if (next >= lines.length) {
                    throw new FormatException("here-document <<" + delimiter + " is never closed", start);
                }
                String line = strip ? lines[next].replaceFirst("^\t+", "") : lines[next];
                next++;
                if (line.equals(delimiter)) {
                    break;
                }
                body.append(line).append('\n');
            }
            found.add(new Heredoc(delimiter, strip, !m.group(2).isEmpty(), body.toString(), start + 1));
        }
        return found;
    }

    /** Heredoc markers that start a word outside quotes ({@code cat <<EOF}, not {@code $((1<<2))}). */
    private static List<MatchResult> markers(String text) {
        List<MatchResult> found = new ArrayList<>();
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '<' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                Matcher m = HEREDOC.matcher(text).region(i, text.length());
                if (m.lookingAt() && !text.startsWith("<<<", i)) {
                    found.add(m.toMatchResult());
                    i = m.end() - 1;
                }
            }
        }
        return found;
    }
}
