package dev.upkeep.hygiene.dockerfile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits a RUN script into simple commands at {@code && || ; | &}, newlines and parentheses,
 * outside quotes, {@code $(...)}, {@code <(...)} and {@code ${...}}; {@code sh -c '...'} is read as the script it runs. Written by
 * hand: the rules need only the command words, not a shell grammar, and no Java library offers
 * POSIX shell parsing.
 */
final class Shell {
    private static final Set<String> WRAPPERS = Set.of("sudo", "env", "exec", "nohup", "time", "command");
    private static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "ash", "zsh");

    private Shell() {}

    static List<Command> commands(String script) {
        List<Command> out = new ArrayList<>();
        boolean piped = false;
        StringBuilder current = new StringBuilder();
        int i = 0;
        while (i < script.length()) {
            char c = script.charAt(i);
            int skip = skipQuoted(script, i);
            if (skip > i) {
                current.append(script, i, skip);
                i = skip;
                continue;
            }
            if (c == '\\' && i + 1 < script.length()) {
                current.append(c).append(script.charAt(i + 1));
                i += 2;
                continue;
            }
            int sep = separatorLength(script, i);
            if (sep == 0) {
                current.append(c);
                i++;
                continue;
            }
            add(out, current.toString(), piped);
            current.setLength(0);
            piped = sep == 1 && c == '|';
            i += sep;
        }
        add(out, current.toString(), piped);
        return out;
    }

    private static int separatorLength(String s, int i) {
        char c = s.charAt(i);
        if (s.startsWith("&&", i) || s.startsWith("||", i)) {
            return 2;
        }
        if (c == '&' && (i + 1 < s.length() && s.charAt(i + 1) == '>' || i > 0 && s.charAt(i - 1) == '>')) {
            return 0; // redirections &> and >&
        }
        return c == ';' || c == '|' || c == '&' || c == '\n' || c == '(' || c == ')' || c == '{' || c == '}' ? 1 : 0;
    }

    /** The index after a quoted section, backquote, $(...), <(...) or ${...} starting at {@code i}; {@code i} when none starts there. */
    private static int skipQuoted(String s, int i) {
        char c = s.charAt(i);
        if (c == '\'' || c == '`') {
            int close = s.indexOf(c, i + 1);
            return close < 0 ? s.length() : close + 1;
        }
        if (c == '"') {
            for (int j = i + 1; j < s.length(); j++) {
                if (s.charAt(j) == '\\') {
                    j++;
                } else if (s.charAt(j) == '"') {
                    return j + 1;
                }
            }
            return s.length();
        }
        boolean substitution = c == '$' || c == '<' || c == '>';
        if (substitution && i + 1 < s.length() && (s.charAt(i + 1) == '(' || c == '$' && s.charAt(i + 1) == '{')) {
            char open = s.charAt(i + 1);
            char close = open == '(' ? ')' : '}';
            int depth = 0;
            for (int j = i + 1; j < s.length(); j++) {
                char d = s.charAt(j);
                if (d == open) {
                    depth++;
                } else if (d == close && --depth == 0) {
                    return j + 1;
                }
            }
            return s.length();
        }
        return i;
    }

    private static void add(List<Command> out, String text, boolean piped) {
        List<String> words = words(text);
        Map<String, String> env = new LinkedHashMap<>();
        boolean sudo = false;
        boolean wrapped = false;
        while (!words.isEmpty()) {
            String w = words.get(0);
            int eq = w.indexOf('=');
            if (eq > 0 && w.substring(0, eq).matches("[A-Za-z_][A-Za-z0-9_]*")) {
                env.put(w.substring(0, eq), w.substring(eq + 1));
            } else if (WRAPPERS.contains(w)) {
                sudo |= w.equals("sudo");
                wrapped = true;
            } else if (!(wrapped && w.startsWith("-"))) {
                break;
            }
            words = words.subList(1, words.size());
        }
        if (words.isEmpty() && env.isEmpty()) {
            return;
        }
        Command command = new Command(words, env, piped, sudo);
        int dashC = words.indexOf("-c");
        if (SHELLS.contains(command.program()) && dashC > 0 && dashC + 1 < words.size()) {
            out.add(command);
            out.addAll(commands(words.get(dashC + 1)));
            return;
        }
        out.add(command);
    }

    /**
     * Shell words of one command: quotes removed, substitutions ({@code $(...)}, {@code ${...}},
     * backquotes) kept verbatim inside their word, an escaped newline or space treated as a separator.
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int skip = c == '\'' || c == '"' ? i : skipQuoted(text, i);
            if (skip > i) {
                word.append(text, i, skip);
                i = skip - 1;
                inWord = true;
            } else if (c == '\\' && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
                word.append(text.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c) || c == '\\') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else if (c == '\'' || c == '"') {
                int end = c == '\'' ? text.indexOf(c, i + 1) : closingDoubleQuote(text, i + 1);
                end = end < 0 ? text.length() : end;
                word.append(text, i + 1, end);
                i = end;
                inWord = true;
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    private static int closingDoubleQuote(String s, int from) {
        for (int j = from; j < s.length(); j++) {
            if (s.charAt(j) == '\\') {
                j++;
            } else if (s.charAt(j) == '"') {
                return j;
            }
        }
        return -1;
    }
}
