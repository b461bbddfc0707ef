package dev.upkeep.hygiene.secrets;

import dev.upkeep.hygiene.SecretValues;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code NAME = value} assignments line by line, in the shapes env files, YAML, JSON, INI,
 * TOML, properties and Dockerfile ENV/ARG share. Line-based on purpose: it never fails on a file
 * another family cannot parse, and every assignment keeps its line.
 */
final class Assignments {
    /** One assignment; {@code value} is unquoted and has no trailing comment. */
    record Assignment(String name, String value, int line) {}

    private static final Pattern LINE = Pattern.compile(
            "^\\s*(?:-\\s*|export\\s+|(?:ENV|ARG)\\s+)?[\"']?([A-Za-z_][A-Za-z0-9_.-]*)[\"']?\\s*(?:=|:(?=\\s|$)|\\s(?=\\S))\\s*(.*?)\\s*,?\\s*$");
    /** A declaration without a value: {@code ARG NAME}, or a pass-through {@code - NAME} in a Compose environment list. */
    private static final Pattern BARE = Pattern.compile("^\\s*(?:(?:ARG|ENV)\\s+([A-Za-z_][A-Za-z0-9_]*)|-\\s+([A-Z_][A-Z0-9_]*))\\s*$");
    private static final Pattern DOCKER_SPACE_FORM = Pattern.compile("^\\s*(?:ENV|ARG)\\s+\\S+\\s+[^=]");

    /** Longer lines are not read: settings are short, and it bounds the regex work per line. */
    static final int MAX_LINE = 4096;

    private Assignments() {}

    static List<Assignment> scan(String text) {
        List<Assignment> found = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.length() > MAX_LINE) {
                continue; // minified or generated data, not a hand-written setting
            }
            if (line.stripLeading().startsWith("#") || line.stripLeading().startsWith("//")) {
                continue;
            }
            Matcher bare = BARE.matcher(line);
            if (bare.matches()) {
                found.add(new Assignment(bare.group(1) != null ? bare.group(1) : bare.group(2), "", i + 1));
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            boolean spaceForm = !line.contains("=") && !line.contains(":");
            if (spaceForm && !DOCKER_SPACE_FORM.matcher(line).find()) {
                continue; // "word word" is only an assignment in a Dockerfile's ENV NAME value
            }
            found.add(new Assignment(m.group(1), clean(m.group(2)), i + 1));
        }
        return found;
    }

    /** The value without quotes and without a trailing {@code # comment} when unquoted. */
    static String clean(String raw) {
        String v = raw.strip();
        if (v.startsWith("\"") || v.startsWith("'")) {
            int end = v.indexOf(v.charAt(0), 1);
            return end > 0 ? v.substring(1, end) : SecretValues.unquote(v);
        }
        int hash = v.indexOf(" #");
        return (hash >= 0 ? v.substring(0, hash) : v).strip();
    }
}
