package dev.upkeep.inventory.npm.pnpm;

import java.util.ArrayList;
import java.util.List;

/**
 * A one-line flow mapping or sequence of scalars for {@link SubsetComposer}:
 * {@code {integrity: sha512-..., tarball: https://...}}, {@code [x64, arm64]}, {@code {}}. Null for
 * anything else: a nested collection, a missing value, a trailing comma, a collection that
 * continues on the next line.
 */
final class FlowReader {
    private final String text;
    private final ScalarReader scalars;
    private final int end;
    private final int line;
    private int pos;

    /** A reader for the flow collection on {@code line}, whose content ends at {@code end}. */
    FlowReader(String text, ScalarReader scalars, int end, int line) {
        this.text = text;
        this.scalars = scalars;
        this.end = end;
        this.line = line;
    }

    /** Where reading stopped: just after the closing bracket. */
    int position() {
        return pos;
    }

    YamlValue.Mapping mapping(int open) {
        YamlValue.Mapping out = new YamlValue.Mapping();
        pos = ScalarReader.skipSpaces(text, open + 1, end);
        while (!at('}')) {
            String key = scalar(true);
            if (key == null || !at(':') || pos + 1 >= end || text.charAt(pos + 1) != ' ') {
                return null;
            }
            pos = ScalarReader.skipSpaces(text, pos + 2, end);
            String value = scalar(false);
            if (value == null) {
                return null;
            }
            out.add(key, line, scalars.value(value));
            if (!separator('}')) {
                return null;
            }
        }
        pos++;
        return out;
    }

    YamlValue.Sequence sequence(int open) {
        List<YamlValue> items = new ArrayList<>();
        pos = ScalarReader.skipSpaces(text, open + 1, end);
        while (!at(']')) {
            String item = scalar(false);
            if (item == null) {
                return null;
            }
            items.add(scalars.value(item));
            if (!separator(']')) {
                return null;
            }
        }
        pos++;
        return new YamlValue.Sequence(items);
    }

    /** A scalar's text; {@link ScalarReader#plain} says how it was written. */
    private String scalar(boolean key) {
        if (pos >= end || text.charAt(pos) == '{' || text.charAt(pos) == '[') {
            return null;
        }
        String s = scalars.flowScalar(pos, end, key);
        if (s != null) {
            pos = ScalarReader.skipSpaces(text, scalars.next, end);
        }
        return s;
    }

    /** After an entry: a comma and another entry, or the closing bracket (left for the caller's loop). */
    private boolean separator(char close) {
        if (at(',')) {
            pos = ScalarReader.skipSpaces(text, pos + 1, end);
            return pos < end && text.charAt(pos) != close && text.charAt(pos) != ',';
        }
        return at(close);
    }

    private boolean at(char c) {
        return pos < end && text.charAt(pos) == c;
    }
}
