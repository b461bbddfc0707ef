package dev.upkeep.inventory.container;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns one logical line (keyword and joined arguments) into an {@link Instruction}. */
final class InstructionParser {
    static final Set<String> KEYWORDS = Set.of("FROM", "RUN", "CMD", "LABEL", "MAINTAINER", "EXPOSE", "ENV", "ADD",
            "COPY", "ENTRYPOINT", "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL");
    private static final Set<String> EXEC_CAPABLE = Set.of("RUN", "CMD", "ENTRYPOINT", "SHELL", "COPY", "ADD", "VOLUME");
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final char escape;

    InstructionParser(char escape) {
        this.escape = escape;
    }

    /** Splits {@code text} into keyword and arguments; {@code null} keyword check is the caller's. */
    static String[] keywordAndArgs(String text) {
        String t = text.stripLeading();
        int end = 0;
        while (end < t.length() && !Character.isWhitespace(t.charAt(end))) {
            end++;
        }
        return new String[] {t.substring(0, end), t.substring(end)};
    }

    Instruction parse(String text, int line, int endLine, List<Heredoc> heredocs) {
        String[] kw = keywordAndArgs(text);
        String keyword = kw[0].toUpperCase(Locale.ROOT);
        if (!KEYWORDS.contains(keyword)) {
            throw new dev.upkeep.inventory.FormatException("unknown instruction '" + kw[0] + "'", line);
        }
        String args = kw[1];
        if (keyword.equals("ONBUILD")) {
            String body = args.strip();
            Instruction trigger = body.isEmpty() ? null : parse(body, line, endLine, heredocs);
            return new Instruction(keyword, args, List.of(), body, false, List.of(), ShellWords.split(body, escape),
                    List.of(), line, endLine, List.of(), trigger);
        }
        List<Flag> flags = new ArrayList<>();
        String body = extractFlags(args, flags).strip();
        List<String> exec = EXEC_CAPABLE.contains(keyword) ? jsonArray(body) : null;
        List<String> words = exec != null ? exec : ShellWords.split(body, escape);
        return new Instruction(keyword, args, flags, body, exec != null, exec == null ? List.of() : exec, words,
                keyValues(keyword, body, words), line, endLine, heredocs, null);
    }

    /** Adds leading {@code --name[=value]} words to {@code flags}; returns the rest of {@code args}. */
    private String extractFlags(String args, List<Flag> flags) {
        int i = 0;
        while (true) {
            while (i < args.length() && Character.isWhitespace(args.charAt(i))) {
                i++;
            }
            if (!args.startsWith("--", i)) {
                return args.substring(i);
            }
            int end = wordEnd(args, i);
            String word = args.substring(i, end);
            i = end;
            if (word.equals("--")) {
                return args.substring(i);
            }
            int eq = word.indexOf('=');
            if (eq < 0) {
                flags.add(new Flag(word.substring(2), null));
            } else {
                List<String> value = ShellWords.split(word.substring(eq + 1), escape);
                flags.add(new Flag(word.substring(2, eq), value.isEmpty() ? "" : String.join(" ", value)));
            }
        }
    }

    /** The index after the word starting at {@code from}, quotes honoured. */
    private int wordEnd(String s, int from) {
        char quote = 0;
        int i = from;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == escape && quote == '"') {
                    i++;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == escape) {
                i++;
            } else if (Character.isWhitespace(c)) {
                break;
            }
        }
        return Math.min(i, s.length());
    }

    private static List<String> jsonArray(String body) {
        if (!body.startsWith("[") || !body.endsWith("]")) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(body);
            List<String> list = new ArrayList<>();
            for (JsonNode element : node) {
                if (!element.isTextual()) {
                    return null;
                }
                list.add(element.textValue());
            }
            return node.isArray() ? list : null;
        } catch (JsonProcessingException e) {
            return null; // not valid JSON: Docker reads it as shell form, and so do we
        }
    }

    private List<KeyValue> keyValues(String keyword, String body, List<String> words) {
        if (!keyword.equals("ARG") && !keyword.equals("ENV") && !keyword.equals("LABEL")) {
            return List.of();
        }
        List<KeyValue> pairs = new ArrayList<>();
        if (!keyword.equals("ARG") && !words.isEmpty() && !words.get(0).contains("=")) {
            // legacy "ENV key value with spaces": the rest of the line is the value
            String rest = body.substring(wordEnd(body, 0)).strip();
            pairs.add(new KeyValue(words.get(0), String.join(" ", ShellWords.split(rest, escape))));
            return pairs;
        }
        for (String w : words) {
            int eq = w.indexOf('=');
            pairs.add(eq < 0 ? new KeyValue(w, null) : new KeyValue(w.substring(0, eq), w.substring(eq + 1)));
        }
        return pairs;
    }
}
