package dev.upkeep.inventory.container;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words the way Dockerfile arguments are split: unquoted whitespace separates,
 * single quotes are literal, double quotes group and honour the escape character before
 * {@code "}, {@code $} and itself; outside quotes the escape character makes the next character
 * literal. Variables are not expanded.
 */
public final class ShellWords {
    private ShellWords() {}

    public static List<String> split(String text, char escape) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                i++;
                continue;
            }
            inWord = true;
            if (c == '\'') {
                int close = text.indexOf('\'', i + 1);
                int end = close < 0 ? text.length() : close;
                word.append(text, i + 1, end);
                i = end + 1;
            } else if (c == '"') {
                i = doubleQuoted(text, i + 1, escape, word);
            } else if (c == escape && i + 1 < text.length()) {
                word.append(text.charAt(i + 1));
                i += 2;
            } else {
                word.append(c);
                i++;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** Appends a double-quoted section starting after its quote; returns the index after the closing quote. */
    private static int doubleQuoted(String text, int from, char escape, StringBuilder word) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == escape && i + 1 < text.length()) {
                char next = text.charAt(i + 1);
                if (next == '"' || next == '$' || next == escape) {
                    word.append(next);
                    i += 2;
                    continue;
                }
            }
            word.append(c);
            i++;
        }
        return i;
    }
}
